// What the server refused, in the viewer's language. Every error answer carries a stable `code`
// (parcelatlas.domain.ErrorCode) and `params`; the text is looked up here by code, the params filled in
// ({field} through FIELDS, {stage} through STAGES, lists joined). ErrorTextsTest checks that every code
// the server can send has both texts. The English `description` of the answer is for API clients.
import { ERROR_TEXTS } from './i18n-error-texts.js';

/** Field names the server puts in params, as the pages call them. */
const FIELDS = {
  zh: {
    username: '用户名', password: '密码', role: '角色', scope_township: '所属镇街', scope_park: '所属园区',
    report_date: '填报日期', signed_households: '已签约户数', demolished_households: '已拆除户数',
    cleared_area_m2: '腾空面积', note: '备注', change_reason: '变动原因', based_on: '所依据的填报',
    supersedes: '更正的填报', stage: '阶段', effective_date: '生效日期', reason: '原因', month: '月份',
    completed_wan: '完成投资', paid_wan: '纳税额', actual_date: '实际完成日期', description: '问题描述',
    responsible: '责任方', resolution: '销号说明', as_of: '日期', seq: '编号', before: '起始条目',
    parcel_code: '地块编号', name: '姓名', contact: '联系方式', message: '留言', layer: '图层', format: '格式',
    crs: '坐标系', encoding: '字符编码', bbox: '范围', park: '园区', within: '绘制的范围', filter: '筛选条件',
    period: '周期', of: '排名对象', land_use: '用地性质', servicing: '配套条件', sort: '排序', limit: '数量',
    offset: '起始位置', min_mu: '最小面积', max_mu: '最大面积', needs: '配套需求', industry: '产业',
    q: '搜索词', code: '编号', mapping: '字段对应', assignee: '负责人', overdue: '超时筛选', 'a query parameter name': '查询参数名',
    quarter: '季度', weights: '权重', red: '红旗数', yellow: '黄旗数',
  },
  en: {
    scope_township: 'township', scope_park: 'park', report_date: 'report date', signed_households: 'signed households',
    demolished_households: 'demolished households', cleared_area_m2: 'cleared area', change_reason: 'reason for the change',
    based_on: 'report it builds on', effective_date: 'effective date', completed_wan: 'completed investment',
    paid_wan: 'tax paid', actual_date: 'date reached', as_of: 'day', parcel_code: 'parcel code', land_use: 'land use',
    min_mu: 'minimum area', max_mu: 'maximum area', within: 'drawn area',
  },
};
const STAGES = {
  zh: { planned: '谋划', signed: '签约', land_secured: '落地', started: '开工', completed: '竣工', in_production: '投产' },
  en: { planned: 'planned', signed: 'signed', land_secured: 'land secured', started: 'started', completed: 'completed',
    in_production: 'in production' },
};
const UNITS = { zh: { m2: ' ㎡', wan: ' 万元' }, en: { m2: ' m²', wan: ' CNY 10k' } };
const ROLES = { zh: { official: '领导', planner: '规划人员', admin: '管理员' }, en: {} };
const SEPARATOR = { zh: '、', en: ', ' };
/** Texts by HTTP status, for an answer without a known code (a proxy's page, an older server). */
const BY_STATUS = {
  400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed',
  409: 'Conflict', 411: 'LengthRequired', 413: 'PayloadTooLarge', 414: 'URITooLong', 415: 'UnsupportedMediaType',
  422: 'ImportRefused', 429: 'TooManyRequests', 503: 'ServiceUnavailable',
};

/** The page's language: what its <html lang> says (every page keeps it current). */
export function pageLang() {
  return (document.documentElement.lang || 'zh').toLowerCase().startsWith('en') ? 'en' : 'zh';
}

function label(table, lang, value) {
  return table[lang]?.[value] ?? (lang === 'en' ? String(value).replace(/_/g, ' ') : String(value));
}

function param(name, value, lang) {
  if (Array.isArray(value)) {
    const each = name === 'fields' ? value.map((v) => label(FIELDS, lang, v)) : value.map(String);
    return each.join(SEPARATOR[lang]);
  }
  if (name === 'field') return label(FIELDS, lang, value);
  if (name === 'stage' || name === 'current') return label(STAGES, lang, value);
  if (name === 'role') return label(ROLES, lang, value);
  if (name === 'unit') return UNITS[lang][value] ?? '';
  if (typeof value === 'number') return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  return String(value);
}

/**
 * The text of one code with its params, in lang ('zh' or 'en'); a placeholder whose param is absent
 * is dropped with the words around it in its [brackets]. Unknown codes fall back on the status.
 */
export function codeText(code, params = {}, lang = pageLang(), status = 0) {
  const entry = ERROR_TEXTS[code] ?? ERROR_TEXTS[BY_STATUS[status]] ?? ERROR_TEXTS[status >= 500 ? 'ServerError' : 'BadRequest'];
  const text = entry[lang] ?? entry.zh;
  const filled = text.replace(/\[([^\]]*)\]/g, (whole, inner) => {
    const names = [...inner.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    return names.every((n) => params[n] != null && params[n] !== '') ? inner : '';
  });
  const done = filled.replace(/\{(\w+)\}/g, (match, name) => (params[name] == null ? '' : param(name, params[name], lang)));
  return lang === 'en' ? done.charAt(0).toUpperCase() + done.slice(1) : done;
}

/** Where an import problem is: file, record, field (each when known). */
function where(p, lang) {
  const parts = [];
  if (p.file) parts.push(p.file);
  if (p.record != null) parts.push(lang === 'zh' ? `第 ${p.record} 条记录` : `record ${p.record}`);
  if (p.field) parts.push(lang === 'zh' ? `字段 ${p.field}` : `field ${p.field}`);
  return parts.length ? `${parts.join(lang === 'zh' ? '，' : ', ')}${lang === 'zh' ? '：' : ': '}` : '';
}

/** One problem of an import ({file, record, field, code, params}) in lang. */
export function problemText(problem, lang = pageLang()) {
  const params = { ...(problem.params || {}) };
  const text = codeText(problem.code || 'ImportProblem', params, lang);
  return where(problem, lang) + text;
}

/**
 * The whole message of an error answer's body in lang: every problem of a desk refusal
 * (`details`), else the code's text. A body without a code gets the status's text.
 */
export function errorText(body, status = 0, lang = pageLang()) {
  if (body && Array.isArray(body.details) && body.details.length) {
    return body.details.map((d) => codeText(d.code, d.params || {}, lang, status)).join(lang === 'zh' ? '' : ' ');
  }
  return codeText(body?.code, body?.params || {}, lang, status);
}

export { ERROR_TEXTS };
