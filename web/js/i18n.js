// All user-visible text and units. Chinese is the default language.

const ZH = {
  title: 'Parcel Atlas 园区地块地图',
  titleShort: '园区地块地图',
  mapLabel: '园区地块地图',
  switchTo: 'EN',
  switchToLabel: 'Switch to English',
  legend: '图例',
  legendToggle: '图例',
  investorLink: '招商地图',
  deskLink: '调度台',
  importLink: '导入图层',
  leadsLink: '招商线索',
  exportLink: '数据导出',
  loading: '加载中…',
  loadingProgress: '加载中…（{done}/{total}）',
  loaded: '已加载',
  loadedItem: '{layer} {n} 个',
  loadFailed: '{layer}加载失败：{reason}',
  contextTooMany: '视野内区位要素超过 {n} 个，放大地图后显示',
  configFailed: '配置加载失败：{reason}',
  noData: '暂无数据',
  close: '关闭',
  dismiss: '关闭提示',
  statusSeparator: ' · ',
  listSeparator: '、',
  yes: '是',
  no: '否',
  overdue: '已逾期',
  progress: '进度',
  progressLow: '拆除 < 30%',
  progressMid: '拆除 30%–70%',
  progressHigh: '拆除 ≥ 70%',
  progressUnknown: '无进度数据',
  parkOutline: '园区范围',
  layers: { parks: '园区', parcels: '地块', projects: '重点项目', 'demolition-zones': '征收片区' },
  layerNouns: { parks: '园区', parcels: '地块', projects: '重点项目', 'demolition-zones': '征收片区' },
  legendSections: { parcels: '地块供地状态', projects: '项目阶段', 'demolition-zones': '征收进度' },
  units: {
    mu: '亩', m2: '㎡', ha: '公顷', km2: '平方公里', wan: '万元', wanPerMu: '万元/亩', metre: '米',
    households: '户', perMonth: '万元/月', percent: '%',
  },
  fields: {
    code: '编号', name: '名称', name_en: '英文名称', level: '级别', leading_industries: '主导产业',
    planned_area_km2: '规划面积', contact_person: '联系人', contact_phone: '联系电话', address: '地址',
    summary: '简介', area: '面积', park_name: '所属园区', land_use: '用地性质', status: '供地状态',
    far: '容积率', building_density_pct: '建筑密度', green_ratio_pct: '绿地率', height_limit_m: '限高',
    price_wan_per_mu: '参考价格', invest_intensity_wan_per_mu: '投资强度', tax_wan_per_mu: '亩均税收',
    industry: '产业', available_date: '可供日期', utilities: '配套条件', investor: '投资方',
    stage: '项目阶段', total_investment_wan: '总投资', planned_investment_year_wan: '年度计划投资',
    park_code: '园区编号', township: '所属镇街', leader: '包保领导', responsible_unit: '责任单位',
    planned_start_date: '计划开工', planned_completion_date: '计划竣工', planned_production_date: '计划投产',
    target_households: '目标户数', target_floor_area_m2: '征收建筑面积', deadline: '完成时限',
    penalty_wan_per_month: '逾期罚金', latest_report_date: '最近填报', signed: '签约进度',
    demolished: '拆除进度', cleared: '腾空面积',
  },
  utilities: {
    has_road: '通路', has_water: '给水', has_power: '供电', has_drainage: '排水', has_gas: '燃气',
    has_telecom: '通信', has_heating: '供热', site_levelled: '场地平整',
  },
  enums: {
    status: {
      reserved: '储备', available: '净地可供', listed: '挂牌中', transferred: '已出让',
      under_construction: '已开工', in_production: '已投产', idle: '闲置', unsupplied: '批而未供',
    },
    stage: {
      planned: '谋划', signed: '签约', land_secured: '落地', started: '开工', completed: '竣工', in_production: '投产',
    },
    parkLevel: { national: '国家级', provincial: '省级', municipal: '市级' },
    projectLevel: { provincial: '省重点', municipal: '市重点', district: '区重点' },
    landUse: {
      M1: '一类工业用地', M2: '二类工业用地', M3: '三类工业用地', W: '物流仓储用地', B: '商业服务业用地',
      A: '公共管理与公共服务用地', R: '居住用地', S: '道路与交通设施用地', U: '公用设施用地', G: '绿地与广场用地',
    },
  },
};

const EN = {
  title: 'Parcel Atlas — industrial park parcels',
  titleShort: 'Parcel Atlas',
  mapLabel: 'Map of industrial parks and parcels',
  switchTo: '中文',
  switchToLabel: '切换到中文',
  legend: 'Legend',
  legendToggle: 'Legend',
  investorLink: 'Investor map',
  deskLink: 'Officials\u2019 desk',
  importLink: 'Import a layer',
  leadsLink: 'Leads',
  exportLink: 'Export',
  loading: 'Loading…',
  loadingProgress: 'Loading… ({done}/{total})',
  loaded: 'Loaded',
  loadedItem: '{n} {layer}',
  loadFailed: 'Could not load {layer}: {reason}',
  contextTooMany: 'More than {n} location points in view: zoom in to show them',
  configFailed: 'Could not load configuration: {reason}',
  noData: 'No data',
  close: 'Close',
  dismiss: 'Dismiss',
  statusSeparator: ' · ',
  listSeparator: ', ',
  yes: 'yes',
  no: 'no',
  overdue: 'Overdue',
  progress: 'progress',
  progressLow: 'Demolished < 30%',
  progressMid: 'Demolished 30%–70%',
  progressHigh: 'Demolished ≥ 70%',
  progressUnknown: 'No progress data',
  parkOutline: 'Park boundary',
  layers: { parks: 'Parks', parcels: 'Parcels', projects: 'Key projects', 'demolition-zones': 'Demolition zones' },
  layerNouns: { parks: 'parks', parcels: 'parcels', projects: 'key projects', 'demolition-zones': 'demolition zones' },
  legendSections: { parcels: 'Parcel supply status', projects: 'Project stage', 'demolition-zones': 'Demolition progress' },
  units: {
    mu: 'mu', m2: 'm²', ha: 'ha', km2: 'km²', wan: 'CNY 10k', wanPerMu: 'CNY 10k/mu', metre: 'm',
    households: 'households', perMonth: 'CNY 10k/month', percent: '%',
  },
  fields: {
    code: 'Code', name: 'Name', name_en: 'English name', level: 'Level', leading_industries: 'Leading industries',
    planned_area_km2: 'Planned area', contact_person: 'Contact', contact_phone: 'Phone', address: 'Address',
    summary: 'Summary', area: 'Area', park_name: 'Park', land_use: 'Land use', status: 'Supply status',
    far: 'Floor area ratio', building_density_pct: 'Building density', green_ratio_pct: 'Green ratio',
    height_limit_m: 'Height limit', price_wan_per_mu: 'Reference price',
    invest_intensity_wan_per_mu: 'Investment intensity', tax_wan_per_mu: 'Tax per mu', industry: 'Industry',
    available_date: 'Available from', utilities: 'Site services', investor: 'Investor', stage: 'Stage',
    total_investment_wan: 'Total investment', planned_investment_year_wan: 'Planned investment this year',
    park_code: 'Park code', township: 'Township', leader: 'Leader in charge', responsible_unit: 'Responsible unit',
    planned_start_date: 'Planned start', planned_completion_date: 'Planned completion',
    planned_production_date: 'Planned production', target_households: 'Target households',
    target_floor_area_m2: 'Floor area to acquire', deadline: 'Deadline', penalty_wan_per_month: 'Overdue penalty',
    latest_report_date: 'Latest report', signed: 'Signed', demolished: 'Demolished', cleared: 'Cleared area',
  },
  utilities: {
    has_road: 'road', has_water: 'water', has_power: 'power', has_drainage: 'drainage', has_gas: 'gas',
    has_telecom: 'telecom', has_heating: 'heating', site_levelled: 'levelled',
  },
  enums: {
    status: {
      reserved: 'Reserved', available: 'Land-ready', listed: 'Listed for transfer', transferred: 'Transferred',
      under_construction: 'Under construction', in_production: 'In production', idle: 'Idle',
      unsupplied: 'Approved, not supplied',
    },
    stage: {
      planned: 'Planned', signed: 'Signed', land_secured: 'Land secured', started: 'Started',
      completed: 'Completed', in_production: 'In production',
    },
    parkLevel: { national: 'National', provincial: 'Provincial', municipal: 'Municipal' },
    projectLevel: { provincial: 'Provincial key', municipal: 'Municipal key', district: 'District key' },
    landUse: {
      M1: 'Industrial, class 1', M2: 'Industrial, class 2', M3: 'Industrial, class 3',
      W: 'Logistics and warehousing', B: 'Commercial', A: 'Public administration and services',
      R: 'Residential', S: 'Roads and transport', U: 'Utilities', G: 'Green space and squares',
    },
  },
};

const DICTIONARIES = { zh: ZH, en: EN };
export const LANGUAGES = Object.keys(DICTIONARIES);
const STORAGE_KEY = 'parcel-atlas.lang';
const listeners = new Set();
let current = 'zh';

export function currentLang() {
  return current;
}

/** BCP 47 tag for Intl and the html lang attribute. */
export function locale() {
  return current === 'en' ? 'en' : 'zh-CN';
}

function lookup(path) {
  return path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), DICTIONARIES[current]);
}

/** Text for a dotted key, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = lookup(key);
  if (typeof text !== 'string') return key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** Label for an enum code (status, stage, parkLevel, projectLevel, landUse); unknown codes shown as-is. */
export function enumLabel(domain, code) {
  if (code == null || code === '') return '';
  const label = lookup(`enums.${domain}.${code}`);
  return typeof label === 'string' ? label : String(code);
}

export function enumCodes(domain) {
  return Object.keys(DICTIONARIES.zh.enums[domain]);
}

export function setLang(lang, { persist = true } = {}) {
  if (!DICTIONARIES[lang] || lang === current) return;
  current = lang;
  document.documentElement.lang = locale();
  if (persist) {
    try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* storage may be unavailable */ }
  }
  listeners.forEach((listener) => listener(lang));
}

/** Language from ?lang=, else the last choice, else Chinese. */
export function initialLang(params) {
  const fromUrl = params.get('lang');
  if (DICTIONARIES[fromUrl]) return fromUrl;
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (DICTIONARIES[saved]) return saved;
  } catch { /* ignore */ }
  return 'zh';
}

export function onLangChange(listener) {
  listeners.add(listener);
}

// Deep: a page's texts and another's under the same key (desk.figures) both stay, in either order;
// a new branch is copied, so no later merge writes into a module's own object.
function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    const branch = value && typeof value === 'object' && !Array.isArray(value);
    if (branch) merge(target[key] && typeof target[key] === 'object' ? target[key] : (target[key] = {}), value);
    else target[key] = value;
  }
}

/** Adds a page's own texts (nested keys) to a language's dictionary. */
export function extendTexts(lang, texts) {
  merge(DICTIONARIES[lang], texts);
}
