// The import page's words, Chinese first with English.
import { setLang as setSharedLang } from '../i18n.js';
const TEXT = {
  zh: {
    title: '导入图层', overview: '总览地图', step1: '1. 选择图层和文件', layer: '目标图层',
    parks: '园区', parcels: '地块', projects: '重点项目', 'demolition-zones': '征收片区',
    'context-points': '区位要素', mapLabel: '预览地图', mapKey: '实线：文件中的要素；紫色虚线：已入库的园区边界',
    file: '文件（压缩的 Shapefile .zip 或 GeoJSON）', upload: '上传并预览', uploading: '上传中…',
    step2: '2. 检查并调整', crs: '坐标系', encoding: '字符编码', auto: '自动识别',
    sourceField: '源字段', portalField: '门户字段', sample: '示例值', ignore: '（不导入）',
    repreview: '重新预览', commit: '确认导入', discard: '放弃', previewing: '预览中…', committing: '导入中…',
    from: '来源：{source}', unknown: '未确定',
    sources: { prj: '.prj 文件', option: '手动指定', 'geojson crs': 'GeoJSON crs', rfc7946: 'GeoJSON 标准（WGS84）',
      cpg: '.cpg 文件', 'dbf code page': 'DBF 代码页', default: '自动判断' },
    counts: '共 {records} 条记录：新增 {inserted}，编号已有 {updated}', countsRefused: '共 {records} 条记录',
    unmapped: '未对应的门户字段：{fields}', requiredMark: '（必填）',
    noProblems: '检查通过，可以导入。', problems: '发现 {n} 个问题，导入前请修正：',
    done: '导入完成：{file} 共 {records} 条，新增 {inserted}，更新 {updated}，修复几何 {repaired} 个。',
    refused: '导入被拒绝，未写入任何数据：', discarded: '已放弃该上传。', noFile: '请选择一个文件。',
    notPlanner: '此页面仅供规划人员和管理员使用。', switchTo: 'EN',
    groupTitle: '{kind}：{n} 处', more: '另有 {n} 处未列出。', listSeparator: '、', empty: '（空）',
    kinds: { RequiredFieldMissing: '缺少必填字段', ValueUnreadable: '无法识别的值', TextTooLongForColumn: '文字过长',
      GeometryMissing: '缺少几何图形', GeometryWrongKind: '几何类型不符', GeometryTooManyVertices: '顶点过多', TooManyFields: '属性名过多', ImportProblem: '其他问题',
      EncodingUndetected: '无法判断编码', CrsMissing: '缺少坐标系', CrsUnknown: '无法识别的坐标系' },
    repairs: '已自动修复 {n} 个几何图形：', repairLine: '{kind}：{n} 处（记录 {records}）',
    warnings: '提示（不影响导入）：',
    warningTexts: { ProjectsRestaged: '{n} 个项目的阶段与其阶段历史不一致：已按今天记入阶段历史，原因为本文件。',
      IndustriesUnmapped: '{records} 条记录的产业文字（字段 {field}）未能对应产业目录，照常导入但无产业类别：{texts}{more}',
      ParksUnknown: '园区图层中（尚）没有这些园区编号：{codes}{more}' },
    textCount: '“{text}”（{n} 条）', andMore: '，另有 {n} 项',
    repairKinds: { 'Self-intersection': '自相交', 'Ring Self-intersection': '环自相交', 'Ring is not closed': '环未闭合',
      'Too few distinct points in geometry component': '点数过少', 'Hole lies outside shell': '内环在外环之外',
      'Nested holes': '内环嵌套', 'Interior is disconnected': '内部不连通', 'Nested shells': '外环嵌套',
      'Duplicate Rings': '重复的环', 'invalid after reprojection': '投影转换后无效', invalid: '无效' },
    diffCounts: '与图层现有数据对比：新增 {added}，变更 {changed}，不变 {unchanged}，文件中没有的 {absent} 条保留不动。',
    geometryChanged: '图形有变化', confirmDiff: '我已核对差异：更新 {changed} 条已有记录，保留 {absent} 条文件中没有的记录。',
    constants: '统一值（每条记录取同一值）', constantField: '门户字段', constantValue: '值', addConstant: '设置',
    removeConstant: '移除',
  },
  en: {
    title: 'Import a layer', overview: 'Overview map', step1: '1. Choose the layer and the file', layer: 'Layer',
    parks: 'Parks', parcels: 'Parcels', projects: 'Key projects', 'demolition-zones': 'Demolition zones',
    'context-points': 'Location context points',
    mapLabel: 'Preview map', mapKey: 'Solid: the features in the file; purple dashes: the parks already stored',
    file: 'File (zipped shapefile .zip or GeoJSON)', upload: 'Upload and preview', uploading: 'Uploading…',
    step2: '2. Check and adjust', crs: 'Coordinate system', encoding: 'Text encoding', auto: 'Detect',
    sourceField: 'Source field', portalField: 'Portal field', sample: 'Sample', ignore: '(not imported)',
    repreview: 'Preview again', commit: 'Import', discard: 'Discard', previewing: 'Previewing…', committing: 'Importing…',
    from: 'from: {source}', unknown: 'not settled',
    sources: { prj: '.prj file', option: 'chosen here', 'geojson crs': 'GeoJSON crs', rfc7946: 'GeoJSON standard (WGS84)',
      cpg: '.cpg file', 'dbf code page': 'DBF code page', default: 'detected' },
    counts: '{records} records: {inserted} new, {updated} with existing codes', countsRefused: '{records} records',
    unmapped: 'Portal fields left empty: {fields}', requiredMark: ' (required)',
    noProblems: 'All checks passed; ready to import.', problems: '{n} problems to fix before importing:',
    done: 'Imported {file}: {records} records, {inserted} new, {updated} updated, {repaired} geometries repaired.',
    refused: 'Import refused, nothing was written:', discarded: 'The upload was discarded.', noFile: 'Choose a file.',
    notPlanner: 'This page is for planners and administrators.', switchTo: '中文',
    groupTitle: '{kind}: {n}', more: '{n} more not listed.', listSeparator: ', ', empty: '(empty)',
    kinds: { RequiredFieldMissing: 'Required field missing', ValueUnreadable: 'Unreadable value', TextTooLongForColumn: 'Text too long',
      GeometryMissing: 'No geometry', GeometryWrongKind: 'Wrong geometry kind', GeometryTooManyVertices: 'Too many vertices', TooManyFields: 'Too many property names', ImportProblem: 'Other problems',
      EncodingUndetected: 'Encoding not detected', CrsMissing: 'No coordinate system', CrsUnknown: 'Unknown coordinate system' },
    repairs: '{n} geometries repaired:', repairLine: '{kind}: {n} (records {records})',
    warnings: 'Notes (the import goes ahead):',
    warningTexts: { ProjectsRestaged: '{n} projects changed stage against their stage history; the change is recorded in it as of today, with this file as the reason.',
      IndustriesUnmapped: 'Industry texts of {records} records (field {field}) match no category of the industry catalogue; they are imported without a category: {texts}{more}',
      ParksUnknown: 'Park codes not (yet) in the parks layer: {codes}{more}' },
    textCount: '“{text}” ({n})', andMore: ' and {n} more',
    repairKinds: {},
    diffCounts: 'Against the layer’s rows: {added} new, {changed} changed, {unchanged} unchanged; {absent} rows not in the file are kept as they are.',
    geometryChanged: 'shape changed', confirmDiff: 'I have checked the differences: update {changed} rows, keep {absent} rows not in the file.',
    // portal fields by English names (the server sends their Chinese labels, from the default mappings)
    fieldNames: {
      code: 'Code', name: 'Name', name_en: 'English name', kind: 'Kind', level: 'Level',
      leading_industries: 'Leading industries', planned_area_km2: 'Planned area (km²)', contact_person: 'Contact person',
      contact_en: 'Contact (English)', contact_phone: 'Phone', address: 'Address', address_en: 'Address (English)',
      summary: 'Summary', summary_en: 'Summary (English)', park_code: 'Park code', land_use: 'Land use',
      status: 'Supply status', far_min: 'Floor area ratio (min)', far_max: 'Floor area ratio (max)',
      building_density_pct: 'Building density (%)', green_ratio_pct: 'Green ratio (%)', height_limit_m: 'Height limit (m)',
      price_wan_per_mu: 'Reference price (CNY 10k/mu)', invest_intensity_wan_per_mu: 'Investment intensity (CNY 10k/mu)',
      tax_wan_per_mu: 'Tax per mu (CNY 10k/mu/yr)', industry: 'Industry', industry_en: 'Industry (English)',
      available_date: 'Available from', has_road: 'Road', has_water: 'Water', has_power: 'Power',
      has_drainage: 'Drainage', has_gas: 'Gas', has_telecom: 'Telecom', has_heating: 'Heating',
      site_levelled: 'Levelled site', internal_note: 'Internal note', investor: 'Investor', stage: 'Stage',
      total_investment_wan: 'Total investment (CNY 10k)', planned_investment_year_wan: 'Planned investment this year (CNY 10k)',
      township: 'Township', leader: 'Leader in charge', responsible_unit: 'Responsible unit',
      planned_start_date: 'Planned start', planned_completion_date: 'Planned completion',
      planned_production_date: 'Planned production', parcel_codes: 'Parcel codes', zone_codes: 'Demolition zone codes',
      target_households: 'Target households', target_floor_area_m2: 'Floor area to acquire (m²)', deadline: 'Deadline',
      penalty_wan_per_month: 'Overdue penalty (CNY 10k/month)',
    },
    constants: 'Constant values (the same for every record)', constantField: 'Portal field', constantValue: 'Value', addConstant: 'Set',
    removeConstant: 'Remove',
  },
};

let lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
// the shared modules the page uses (the preview map's offline basemap) follow the page's language
setSharedLang(lang, { persist: false });

export function currentLang() {
  return lang;
}

export function toggleLang() {
  lang = lang === 'zh' ? 'en' : 'zh';
  setSharedLang(lang, { persist: false });
}

/** The text for key ("a.b" for nested), with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const value = key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), TEXT[lang]);
  const text = value == null ? key : String(value);
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** Fills every [data-text] element with its text in the current language. */
export function applyTexts() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = t(node.dataset.text); });
  document.querySelectorAll('[data-label]').forEach((node) => node.setAttribute('aria-label', t(node.dataset.label)));
  document.title = `${t('title')} · Parcel Atlas`;
}
