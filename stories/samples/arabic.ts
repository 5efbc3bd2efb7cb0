/**
 * A right-to-left sample UI locale (Arabic, `ar`) for the stories and tests:
 * the scan's main flow in Arabic, the rest in English as `englishStrings()`
 * gives it. A sample of what a host registers with `registerLocale`, not a
 * reviewed translation; a host would give every string.
 */
import { englishStrings, registerLocale, type LocaleStrings } from '../../src/locale.js';

/** Western Arabic digits, as the interface shows numbers in figures (`Intl` formats dates and numbers itself). */
const arabicStrings = (en: LocaleStrings): LocaleStrings => ({
  ...en,
  ui: {
    ...en.ui,
    loading: 'جارٍ تحميل الإطار…',
    progressLabel: 'التقدم',
    progressText: (a, t) => `تمت الإجابة عن ${a} من ${t}`,
    sectionProgress: (a, t) => `${a} من ${t}`,
    sections: 'الأقسام',
    step: (n, of) => `الخطوة ${n} من ${of}`,
    previous: 'السابق',
    next: 'التالي',
    review: 'مراجعة الإجابات',
    submit: 'إرسال',
    notSure: 'لست متأكدًا',
    notSureHint: 'تخطَّ الآن، أو اسأل مدرّبك.',
    addNote: (code) => `إضافة ملاحظة إلى ${code}`,
    hideNote: (code) => `إخفاء ملاحظة ${code}`,
    noteLabel: (code) => `ملاحظة على ${code} (اختيارية)`,
    yourAnswer: 'إجابتك',
    notAnswered: 'لم تتم الإجابة',
    summaryTitle: 'راجع إجاباتك',
  },
});

/** Registers the sample as `ar` (once the English tables it starts from are loaded). */
export async function registerArabicSample(): Promise<void> {
  registerLocale('ar', arabicStrings(await englishStrings()));
}
