// Chinese texts of the investor portal and the parcel sheet (merged into i18n under "inv").
import { extendTexts } from '../i18n.js';

extendTexts('zh', {
  units: { wanPerMuYear: '万元/亩·年' },
  enums: {
    landUseShort: {
      M1: '一类工业', M2: '二类工业', M3: '三类工业', W: '物流仓储', B: '商业服务',
      A: '公共服务', R: '居住', S: '交通设施', U: '公用设施', G: '绿地广场',
    },
  },
  inv: {
    title: '园区招商地图 · 可供地块',
    titleShort: '园区招商地图',
    mapLabel: '园区与可供地块地图',
    overviewLink: '总览地图',
    loadFailed: '加载失败：{reason}',
    tabs: { find: '找地', match: '智能选址' },
    filters: {
      title: '筛选条件', active: '（已选 {n} 项）', park: '园区', allParks: '全部园区', landUse: '用地性质',
      area: '面积（亩）', min: '最小', max: '最大', maxPrice: '最高单价（万元/亩）', servicing: '配套条件',
      industry: '产业类别', allIndustries: '全部产业', keyword: '产业关键词', industryPlaceholder: '如：光伏、氢能', reset: '清除筛选',
    },
    list: {
      count: '视野内共 {n} 宗地块', sort: '排序', empty: '没有符合条件的地块，请放宽筛选条件。',
      loading: '正在查询…', priceOnRequest: '价格面议', addCompare: '对比', inCompare: '已加对比',
      addCompareLabel: '把 {code} 加入对比', failed: '查询失败：{reason}',
      countMore: '视野内超过 {n} 宗地块', truncated: '已列出 {n} 宗，地图上以粗框标出。',
      more: '显示更多', zoomIn: '放大地图即可看到地块。',
    },
    sorts: { code: '按编号', area_mu: '面积由小到大', '-area_mu': '面积由大到小', price: '单价由低到高', '-price': '单价由高到低' },
    detail: {
      title: '地块详情', close: '关闭详情', keyArea: '用地面积', keyPrice: '参考单价', keyTotal: '参考总价',
      servicing: '配套条件', noLabel: '未达“三通一平”', parkTitle: '园区与联系方式', print: '打印推介单',
      addCompare: '加入对比', inCompare: '已在对比中', loading: '正在加载地块…',
      notFound: '地块 {code} 不存在或已不再公开。', failed: '地块加载失败：{reason}', industry: '产业导向',
    },
    facts: {
      code: '地块编号', park: '所属园区', land_use: '用地性质', status: '供地状态', area: '用地面积',
      far: '容积率', density: '建筑密度', green: '绿地率', height: '建筑限高', price: '参考单价',
      total: '参考总价', intensity: '投资强度', tax: '亩均税收', industry: '产业导向',
      available_date: '可供日期', servicing: '配套条件', servicing_label: '配套标准',
    },
    servicing: {
      road: '通路', water: '给水', power: '供电', drainage: '排水', gas: '燃气', telecom: '通信',
      heating: '供热', levelled: '场地平整', yes: '具备', no: '不具备', unknown: '未知',
    },
    enquiry: {
      title: '咨询该地块', intro: '留下联系方式，园区招商人员会与您联系。', name: '姓名 / 单位',
      contact: '联系电话或邮箱', message: '咨询内容', messagePlaceholder: '如：计划投资的项目、用地需求、希望了解的政策',
      submit: '提交咨询', sending: '正在提交…', success: '已收到您关于地块 {code} 的咨询，园区招商人员将尽快与您联系。',
      tooMany: '您提交得太频繁了，请稍后再试，或直接致电园区。', failed: '提交未成功：{reason}',
      privacy: '您的联系方式只用于回复本次咨询，不会公开显示。',
    },
    match: {
      intro: '说明您的用地需求，系统按匹配度为您推荐地块。', area: '用地面积（亩）', landUse: '用地性质',
      minHeight: '最低限高（米）', needs: '配套需求', budget: '土地总价预算（万元）', industry: '产业方向',
      park: '意向园区', anyPark: '不限园区', submit: '开始匹配', running: '正在匹配…', count: '为您找到 {n} 宗地块',
      score: '匹配度', fits: '符合', misses: '不足', empty: '没有可推荐的地块，请调整需求。',
      select: '在地图上查看', failed: '匹配失败：{reason}', scoreValue: '{n} 分',
      tieByArea: '同分的地块按面积与所需面积中值（{mid} 亩）的接近程度排序，再按地块编号。',
      tieByCode: '同分的地块按地块编号排列：未填写用地面积，没有别的依据可以区分。', tieRow: '同分排序：面积距中值 {d} 亩',
    },
    compare: {
      tray: '对比', count: '{n}/4', open: '开始对比', clear: '清空', full: '最多同时对比 4 宗地块。',
      needTwo: '再选 {n} 宗即可对比', title: '地块对比', onlyDiff: '只看不同项', close: '关闭对比',
      remove: '移出 {code}', failed: '对比加载失败：{reason}', item: '项目', differs: '不同',
    },
    park: {
      available: '可供地块', availableValue: '{n} 宗', availableArea: '可供面积', show: '查看该园区地块',
      level: '园区级别', industries: '主导产业', contact: '联系人', phone: '联系电话', address: '地址', planned: '规划面积',
    },
    legend: { title: '用地性质' },
    mapFilter: {
      exact: '地图上淡显的地块不符合筛选条件。',
      byList: '地图按结果列表淡显：关键词和距离条件无法从地图数据判断，列表已列出视野内全部结果。',
      partial: '地图只按可判断的条件淡显（园区、用地、面积、单价、配套、产业类别）；关键词和距离条件以列表为准。',
    },
    sheet: {
      title: '地块推介单', print: '打印 / 存为 PDF', switchLang: 'English', generated: '生成日期：{date}',
      source: '园区招商地图', outline: '地块范围示意（北向朝上）', scale: '{n} 米', notFound: '地块 {code} 不存在或已不再公开。',
      facts: '规划与经济指标',
      failed: '推介单加载失败：{reason}', parkTitle: '园区信息与招商联系人', link: '在线查看：{url}', back: '返回地图',
      missingCode: '缺少地块编号（?code=）。',
    },
    rows: {
      park_name: '所属园区', land_use: '用地性质', status: '供地状态', area_mu: '面积（亩）', area_m2: '面积（㎡）',
      far_min: '容积率下限', far_max: '容积率上限', building_density_pct: '建筑密度', green_ratio_pct: '绿地率',
      height_limit_m: '建筑限高', price_wan_per_mu: '参考单价', total_price_wan: '参考总价',
      invest_intensity_wan_per_mu: '投资强度', tax_wan_per_mu: '亩均税收', servicing_label: '配套标准',
      has_road: '通路', has_water: '给水', has_power: '供电', has_drainage: '排水', has_gas: '燃气',
      has_telecom: '通信', has_heating: '供热', site_levelled: '场地平整', industry: '产业导向', available_date: '可供日期',
    },
  },
});

// the result list's sorts by total price and status, and its map-area search (issue 12, item 5)
extendTexts('zh', {
  inv: {
    sorts: { total_price: '总价由低到高', '-total_price': '总价由高到低', status: '净地可供在前', '-status': '挂牌中在前' },
    list: { searchArea: '搜索此区域', followMap: '随地图移动更新' },
  },
});

// the supply-status filter (issue 12, item 5)
extendTexts('zh', { inv: { filters: { status: '供地状态' } } });
