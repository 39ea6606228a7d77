// The words for a figure withheld by the small-cell rule (desk.figures.withheld, its reason
// desk.figures.withheldDetail, the bulletin's note bulletin.withheldNote), Chinese and English. They
// live in withheld-texts.json, which the server's bulletin PDF reads too (WithheldTexts.java), so the
// desk, the bulletin page and the PDF say the same.
// Fetched, not `import … with { type: 'json' }`: browsers before Chrome 123 / Firefox 138 / Safari 17.2 cannot parse that.
import { extendTexts } from './i18n.js';

const response = await fetch(new URL('./withheld-texts.json', import.meta.url));
if (!response.ok) throw new Error(`withheld-texts.json: HTTP ${response.status}`);
const WORDS = await response.json();
extendTexts('zh', WORDS.zh);
extendTexts('en', WORDS.en);
