// What a page needs to show a SurveyJS survey: the model (survey-core) and the renderer (survey-js-ui).
export { Model } from 'survey-core';
export { renderSurvey } from 'survey-js-ui';
