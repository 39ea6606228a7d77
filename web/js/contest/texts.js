// Texts of the contest results page, Chinese and English (merged into i18n under "contest").
import { extendTexts } from '../i18n.js';

extendTexts('zh', {
  contest: {
    title: '季度考评结果公示',
    quarter: '季度', of: '考评对象', townships: '镇街', parks: '园区', township: '镇街', park: '园区',
    rank: '名次', score: '得分', flag: '旗帜', red: '红旗', yellow: '黄旗', unranked: '无可考评指标',
    none: '暂无已公示的考评结果。',
    heading: '{year}年第{n}季度{of}考评结果',
    note: '数据截至 {asOf}，{publishedAt} 公示。前 {red} 名发红旗，后 {yellow} 名亮黄旗；得分相同者名次相同，并列者同获旗帜。',
    rule: '评分办法',
    ruleText: '每项指标以最高值为标杆：得分 = 权重 × 本单位数值 ÷ 最高值；总分 = 各项得分之和 ÷ 有数据指标的权重之和 × 100（无数据的指标不计入）。',
    weight: '{figure}：权重 {weight}',
    redCount: '红旗数（前 N 名）', yellowCount: '黄旗数（后 M 名）',
    admin: '考评设置与公示（管理员）', save: '保存设置', saved: '已保存，已记入审计日志。', publish: '公示该季度',
    published: '{quarter} 季度考评结果已公示。',
    adminHint: '权重为 0–100 的整数，红旗、黄旗数为 0–50；只能公示已结束的季度（今天是 {today}），公示后结果不再改变。',
    figures: {
      start_rate_pct: '开工率', investment_rate_pct: '投资完成率', production_rate_pct: '竣工投产率',
      intensity_wan_per_mu: '亩均投资强度', tax_wan_per_mu: '亩均税收', signed_pct: '征收签约进度',
      demolished_pct: '拆除进度', cleared_pct: '腾空进度',
    },
  },
});

extendTexts('en', {
  contest: {
    title: 'Quarterly contest results',
    quarter: 'Quarter', of: 'Contest of', townships: 'Townships', parks: 'Parks', township: 'Township', park: 'Park',
    rank: 'Place', score: 'Score', flag: 'Flag', red: 'Red flag', yellow: 'Yellow flag', unranked: 'nothing to measure',
    none: 'No contest results have been published yet.',
    heading: '{of}: contest results of Q{n} {year}',
    note: 'Figures as of {asOf}, published {publishedAt}. Red flags for the first {red}, yellow flags for the last {yellow}; equal scores share a place, and tied places share a flag.',
    rule: 'How scores are made',
    ruleText: 'On each figure the best value is the benchmark: points = weight × value ÷ best value; score = the points ÷ the weights of the figures measured × 100 (a figure with nothing to measure does not count).',
    weight: '{figure}: weight {weight}',
    redCount: 'Red flags (first N)', yellowCount: 'Yellow flags (last M)',
    admin: 'Contest settings and publishing (admins)', save: 'Save settings', saved: 'Saved, and recorded in the audit log.',
    publish: 'Publish the quarter', published: 'The contest of {quarter} is published.',
    adminHint: 'Weights are whole numbers from 0 to 100, flags 0 to 50; only a quarter that has ended can be published (today is {today}), and a published result never changes.',
    figures: {
      start_rate_pct: 'Start rate', investment_rate_pct: 'Investment completion', production_rate_pct: 'Production rate',
      intensity_wan_per_mu: 'Investment per mu', tax_wan_per_mu: 'Tax per mu', signed_pct: 'Households signed',
      demolished_pct: 'Households demolished', cleared_pct: 'Floor area cleared',
    },
  },
});
