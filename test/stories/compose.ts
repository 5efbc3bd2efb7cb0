// Composes a CSF story the way Storybook's web-components renderer does, so
// the story modules run unchanged as tests: args (meta, then story), loaders,
// the render function (story, meta, or the renderer's default), decorators
// (the story's inside the meta's) and the play function.
import { render as litRender } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';

type Args = Record<string, unknown>;
type Loader = (context: StoryContext) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void;
type RenderFn = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: (update?: Partial<StoryContext>) => unknown, context: StoryContext) => unknown;

interface Annotations {
  args?: Args;
  argTypes?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  loaders?: Loader | Loader[];
  decorators?: Decorator | Decorator[];
  render?: RenderFn;
  play?: (context: StoryContext & { canvasElement: HTMLElement; step: (label: string, fn: () => unknown) => Promise<void> }) => unknown;
}

export interface Meta extends Annotations {
  title?: string;
  component?: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

export interface StoryAnnotations extends Annotations {
  name?: string;
}

export interface StoryContext {
  id: string;
  name: string;
  title: string;
  component?: string;
  args: Args;
  argTypes: Record<string, unknown>;
  parameters: Record<string, unknown>;
  loaded: Record<string, unknown>;
  globals: Record<string, unknown>;
  viewMode: 'story';
}

export interface ComposedStory {
  exportName: string;
  name: string;
  title: string;
  parameters: Record<string, unknown>;
  /** Runs the loaders and renders the story into `canvas`; returns the context for `play`. */
  mount(canvas: HTMLElement): Promise<StoryContext>;
  /** Runs the story's play function, if any, on `canvas`. */
  play(canvas: HTMLElement, context: StoryContext): Promise<void>;
}

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** The web-components renderer's default render: the meta's component, with each arg set as a property. */
const defaultRender: RenderFn = (args, { id, component }) => {
  if (!component) throw new Error(`Unable to render story ${id} as the component annotation is missing from the default export`);
  const element = document.createElement(component) as unknown as Args;
  for (const [key, value] of Object.entries(args)) element[key] = value;
  return element;
};

/** Storybook's CSF rule for which named exports are stories. */
function isStoryExport(name: string, meta: Meta): boolean {
  const matches = (rule: string[] | RegExp) => (Array.isArray(rule) ? rule.includes(name) : rule.test(name));
  if (name === 'default' || name === '__namedExportsOrder') return false;
  if (meta.includeStories && !matches(meta.includeStories)) return false;
  if (meta.excludeStories && matches(meta.excludeStories)) return false;
  return true;
}

/** Puts a story's output (template, node or HTML string) in the canvas, as Storybook's renderToCanvas does. */
function show(output: unknown, canvas: HTMLElement, id: string): void {
  if (isTemplateResult(output)) litRender(output, canvas);
  else if (output instanceof Node) canvas.replaceChildren(output);
  else if (typeof output === 'string') canvas.innerHTML = output;
  else throw new Error(`Story ${id} returned neither a template, a node nor an HTML string`);
}

/** Every story of a CSF module, composed with its meta. */
export function composeStories(module: Record<string, unknown>): ComposedStory[] {
  const meta = module.default as Meta;
  if (!meta?.title) throw new Error('A stories module needs a default export with a title');
  return Object.entries(module)
    .filter(([name]) => isStoryExport(name, meta))
    .map(([exportName, raw]) => {
      const story: StoryAnnotations = typeof raw === 'function' ? { render: raw as RenderFn, ...(raw as StoryAnnotations) } : (raw as StoryAnnotations);
      const name = story.name ?? exportName;
      const parameters = { ...meta.parameters, ...story.parameters };
      const render = story.render ?? meta.render ?? defaultRender;
      // Story decorators wrap the story first; the meta's wrap those.
      const decorators = [...list(story.decorators), ...list(meta.decorators)];
      return {
        exportName,
        name,
        title: meta.title!,
        parameters,
        async mount(canvas) {
          const context: StoryContext = {
            id: `${meta.title}--${exportName}`,
            name,
            title: meta.title!,
            component: meta.component,
            args: { ...meta.args, ...story.args },
            argTypes: { ...meta.argTypes, ...story.argTypes },
            parameters,
            loaded: {},
            globals: {},
            viewMode: 'story',
          };
          for (const result of await Promise.all([...list(meta.loaders), ...list(story.loaders)].map((load) => load(context)))) {
            Object.assign(context.loaded, result);
          }
          let storyFn = (ctx: StoryContext) => render(ctx.args, ctx);
          for (const decorator of decorators) {
            const inner = storyFn;
            storyFn = (ctx) => decorator((update) => inner({ ...ctx, ...update }), ctx);
          }
          show(storyFn(context), canvas, context.id);
          return context;
        },
        async play(canvas, context) {
          const play = story.play ?? meta.play;
          if (play) await play({ ...context, canvasElement: canvas, step: async (_label, fn) => void (await fn()) });
        },
      };
    });
}
