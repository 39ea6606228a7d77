// Texts of the weekly dispatch, the lagging list and the rankings' counts, in both languages (merged into
// i18n under "desk").
import { extendTexts } from '../i18n.js';

extendTexts('zh', {
  desk: {
    tabs: { dispatch: '本周调度', lagging: '滞后清单' },
    ranks: { counts: '实数', change: { week: '较上周', month: '较上月' }, points: '{n} 个百分点', own: '本单位' },
    dispatch: {
      title: '{scope} 本周未报（{from} 至 {due}）', rule: '每{day}为报送日：该日及之前 6 天内的填报计入本周。',
      summary: '征收片区未报 {zones} / 应报 {owedZones} 个；重点项目未报 {projects} / 应报 {owedProjects} 个。',
      none: '本周应报的片区和项目都已报送。', unavailable: '本周调度暂时无法加载。',
      zone: '片区', project: '项目', leader: '包保领导 {name}', unit: '责任单位 {name}',
      last: '上次填报 {date}', never: '从未填报', more: '再显示 {n} 项', shown: '已显示 {shown} / {n} 项',
      weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    },
    lagging: {
      title: '滞后清单（{n} 项）', search: '按名称或编号搜索', sort: '排序', show: '显示',
      sortDays: '按滞后天数', sortTownship: '按镇街', sortLeader: '按包保领导',
      showLagging: '红与黄', all: '全部', red: '红：已滞后', amber: '黄：30 天内到期', green: '绿：正常',
      late: '滞后 {n} 天', left: '还有 {n} 天', noDate: '无时限', none: '没有符合条件的项目或片区。',
      deadline: '完成时限 {date}', start: '计划开工 {date}', production: '计划投产 {date}',
      zone: '片区', project: '项目', leader: '包保领导 {name}',
      more: '再显示 {n} 项', shown: '已显示 {shown} / {n} 项', unavailable: '滞后清单暂时无法加载。',
    },
    overdueShown: '列出前 {shown} 个，共 {n} 个',
    viewPartial: '此视图内的片区或项目超过地图一次加载的数量，仅显示部分；请放大查看。',
  },
});

extendTexts('en', {
  desk: {
    tabs: { dispatch: 'This week', lagging: 'Lagging' },
    ranks: { counts: 'Counts', change: { week: 'vs last week', month: 'vs last month' }, points: '{n} pts', own: 'yours' },
    dispatch: {
      title: '{scope}: not reported this week ({from} to {due})',
      rule: 'Reports are due each {day}: a report dated that day or in the 6 days before counts for the week.',
      summary: 'Zones not reported {zones} of {owedZones}; key projects not reported {projects} of {owedProjects}.',
      none: 'Every zone and project due this week has reported.', unavailable: 'The weekly dispatch could not be loaded.',
      zone: 'Zone', project: 'Project', leader: 'leader {name}', unit: 'unit {name}',
      last: 'last report {date}', never: 'never reported', more: 'Show {n} more', shown: '{shown} of {n} shown',
      weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    },
    lagging: {
      title: 'Lagging ({n})', search: 'Search by name or code', sort: 'Sort', show: 'Show',
      sortDays: 'by days late', sortTownship: 'by township', sortLeader: 'by leader',
      showLagging: 'red and amber', all: 'all', red: 'red: late', amber: 'amber: due within 30 days', green: 'green: on track',
      late: '{n} days late', left: '{n} days left', noDate: 'no deadline', none: 'Nothing matches.',
      deadline: 'deadline {date}', start: 'planned start {date}', production: 'planned production {date}',
      zone: 'Zone', project: 'Project', leader: 'leader {name}',
      more: 'Show {n} more', shown: '{shown} of {n} shown', unavailable: 'The lagging list could not be loaded.',
    },
    overdueShown: 'the first {shown} of {n}',
    viewPartial: 'This view holds more zones or projects than the map loads at once; only part is shown. Zoom in.',
  },
});
