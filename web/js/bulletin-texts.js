// Texts of the monthly bulletin page (bulletin.html), Chinese and English. The praise and criticism
// lines in Chinese are the server's (the words of the PDF); in English they are worded here from
// what each line names (subject, figure, value, zone, township, leader, months late).
import { extendTexts } from './i18n.js';
import './withheld-texts.js'; // bulletin.withheldNote and the desk's words for a withheld figure

const FIGURES_ZH = {
  start_rate_pct: '开工率', investment_rate_pct: '投资完成率', production_rate_pct: '竣工投产率',
  signed_pct: '签约进度', demolished_pct: '拆除进度', cleared_pct: '腾空进度',
  intensity_wan_per_mu: '亩均投资强度', tax_wan_per_mu: '亩均税收',
};
const FIGURES_EN = {
  start_rate_pct: 'start rate', investment_rate_pct: 'investment completion', production_rate_pct: 'production rate',
  signed_pct: 'households signed', demolished_pct: 'households demolished', cleared_pct: 'area cleared',
  intensity_wan_per_mu: 'investment per mu', tax_wan_per_mu: 'tax per mu',
};

extendTexts('zh', {
  bulletin: {
    pageTitle: '月通报 · Parcel Atlas',
    heading: '月通报',
    deskLink: '返回调度台',
    month: '月份',
    show: '查看',
    draft: '预览 PDF（草稿）',
    issue: '签发并存档',
    issued: '已签发，SHA-256 {sha}',
    title: '{year}年{month}月 重点项目和征收工作月通报（截至 {asOf}）',
    city: '全市开工率 {start}（{started}/{due}），投资完成率 {investment}，时间进度 {elapsed}，竣工投产率 {production}，逾期片区 {overdue} 个',
    ranking: '镇街开工率龙虎榜',
    praise: '表扬',
    criticism: '批评',
    lagging: '滞后项目',
    overdue: '逾期征收片区',
    laggingLine: '{name}（{township}）滞后 {days} 天，包保领导 {leader}',
    laggingLineOne: '{name}（{township}）滞后 {days} 天，包保领导 {leader}',
    overdueLine: '{name}（{township}）逾期 {months} 个月，包保领导 {leader}',
    overdueLineOne: '{name}（{township}）逾期 {months} 个月，包保领导 {leader}',
    photos: '现场照片',
    photoLine: '{name}（{site}，{township}）拍摄于 {taken}',
    photoFlags: { far_from_site: '拍摄地点远离现场', taken_long_before: '拍摄时间早于报告两周以上', no_position: '照片无位置信息', no_time: '照片无拍摄时间' },
    archive: '已签发的月通报',
    columns: { month: '月份', by: '签发人', at: '签发时间', sha: 'SHA-256' },
    download: '下载 PDF',
    nothing: '无',
    figures: FIGURES_ZH,
  },
});

extendTexts('en', {
  bulletin: {
    pageTitle: 'Monthly bulletin · Parcel Atlas',
    heading: 'Monthly bulletin',
    deskLink: 'Back to the desk',
    month: 'Month',
    show: 'Show',
    draft: 'Preview PDF (draft)',
    issue: 'Issue and archive',
    issued: 'Issued; SHA-256 {sha}',
    title: 'Key projects and demolition: bulletin for {monthName} {year} (as of {asOf})',
    city: 'City: start rate {start} ({started} of {due}), investment completion {investment} against {elapsed} of the year elapsed, production rate {production}, {overdue} overdue zones',
    ranking: 'Townships by start rate',
    praise: 'Praise',
    criticism: 'Criticism',
    lagging: 'Lagging projects',
    overdue: 'Overdue demolition zones',
    photos: 'Site photos',
    photoLine: '{name} ({site}, {township}), taken {taken}',
    photoFlags: { far_from_site: 'Taken far from the site', taken_long_before: 'Taken over two weeks before the report', no_position: 'No position in the photo', no_time: 'No time in the photo' },
    laggingLine: '{name} ({township}): {days} days late; responsible leader {leader}',
    laggingLineOne: '{name} ({township}): {days} day late; responsible leader {leader}',
    overdueLine: '{name} ({township}): {months} months overdue; responsible leader {leader}',
    overdueLineOne: '{name} ({township}): {months} month overdue; responsible leader {leader}',
    archive: 'Issued bulletins',
    columns: { month: 'Month', by: 'Issued by', at: 'Issued at', sha: 'SHA-256' },
    download: 'Download PDF',
    nothing: 'None',
    subjects: { township: 'Township', park: 'Park' },
    first: '{subject} {name} ranks first on {figure} ({value}).',
    last: '{subject} {name} ranks last on {figure} ({value}).',
    zoneLate: 'Demolition zone {name} ({township}; responsible leader {leader}) is {months} months past its deadline and unfinished.',
    figures: FIGURES_EN,
  },
});
