/**
 * What the options page's preview shows: the opening of the seed article (elbalad.news): its title,
 * first paragraphs and its list. The Arabic text was copied byte for byte from the seed text
 * (/work/shared/seeds/000_947c0dfa87bd3aa5.txt) by a script, never retyped.
 */
import type { ExtractedArticle } from '../../utils/article';

const TITLE = "داعش ينتقل إلى أفريقيا..التحالف الدولي: التنظيم لم يهزم بعد|وأمريكا توجه رسالة خاصة";

const TEXT = {
  opening: "اجتمع وزراء التحالف الدولي لمحاربة داعش أمس، الأربعاء، في مدينة مراكش المغربية، للتأكيد على مواصلة القتال ضد التنظيم الإرهابي، والذي لا يزال يمثل تهديدا، طبقا لما أكده مخرجات الاجتماع في البيان الختامي، والذي عكس عزم الدول المشاركة لمواصلة القتال من خلال الجهود العسكرية والمدنية، مشددين على أن حماية المدنيين هي أولوية قصوى للالتزام بالقانون الدولي الإنساني، وقرارات مجلس الأمن ذات الصلة.",
  outcomesHeading: "مخرجات الاجتماع الوزاري للتحالف الدولي",
  outcomesIntro: "وجاءت أبرز مخرجات الاجتماع الوزاري، طبقا للبيان الختامي، كالتالي:",
  outcomes: [
    "ضمان هزيمة داعش في العراق وسوريا هو الأولوية، خاصة لأن التنظيم يواصل شن بعض الهجمات هناك، ويمثل تهديدا، وأظهر ذلك الهجوم الواسع على معتقل الصناعة في شمال شرق سوريا يناير 2022.",
    "التأكيد على تخصيص جميع الموارد لدعم جهود التحالف، وجهود قوات الأمن العراقية، ومكافحة تمويل الإرهاب، ومحاكمة المقاتلين الأجانب.",
    "تعزيز قدرات مكافحة الإرهاب بقيادة مدنية في العراق.",
    "وقوف التحالف إلى جانب الشعب السوري، لدعم تسوية سياسية دائمة بما يتماشى مع قرار مجلس الأمن رقم 2254.",
    "التأكيد على حاجة التحالف لمواجهة التهديد المتطور لداعش في أفريقيا، وتعزيز قدرات مكافحة الإرهاب في القارة السمراء، والتنسيق والتعاون بشأن أكثر الأساليب كفاءة وفعالية لمعالجة هذه القضايا.",
    "التشديد على أهمية معالجة الأسباب الكامنة وراء انعدام الأمن في أفريقيا، والتأكيد على أن أي حل دائم لوقف انتشار داعش في القارة سيعتمد في المقام الأول على السلطات الوطنية، فضلا عن الجهود والمبادرات الإقليمية الفرعية.",
  ],
  notDefeatedHeading: "داعش لم تنهزم بعد وتفتح جبهة في أفريقيا",
  notDefeated: "وفي هذا الصدد، قال أحمد سلطان، الباحث في شئون الجماعات الإرهابية، إنه بخصوص اجتماع التحالف الدولي لمحاربة داعش، الذي انعقد في مراكش، فقد شارك فيه وزير الخارجية الأمريكي، وهو اجتماع ضمن سلسلة الاجتماعات الوزارية الدورية، مشيرا إلى أن عقد الاجتماع في إحدى الدول الأفريقية، له دلالات مثل الالتفات إلى محاربة التنظيم الدولي في القارة السمراء، خاصة مع تنامي نشاط داعش بها.",
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CONTENT_HTML = [
  `<p>${escapeHtml(TEXT.opening)}</p>`,
  `<h2>${escapeHtml(TEXT.outcomesHeading)}</h2>`,
  `<p>${escapeHtml(TEXT.outcomesIntro)}</p>`,
  `<ul>${TEXT.outcomes.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
  `<h2>${escapeHtml(TEXT.notDefeatedHeading)}</h2>`,
  `<p>${escapeHtml(TEXT.notDefeated)}</p>`,
].join('');

const TEXT_CONTENT = [TEXT.opening, TEXT.outcomesHeading, TEXT.outcomesIntro, ...TEXT.outcomes, TEXT.notDefeatedHeading, TEXT.notDefeated].join('\n\n');

export const PREVIEW_ARTICLE: ExtractedArticle = {
  title: TITLE,
  byline: null,
  siteName: "صدى البلد",
  publishedTime: null,
  lang: 'ar',
  dir: 'rtl',
  excerpt: TEXT.opening,
  contentHtml: CONTENT_HTML,
  textContent: TEXT_CONTENT,
  readingMinutes: 2,
  removed: [],
  url: 'https://www.elbalad.news/',
};
