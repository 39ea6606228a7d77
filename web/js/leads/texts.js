// The leads page's texts, Chinese first, added to the shared dictionaries (i18n.js).
import { extendTexts } from '../i18n.js';

extendTexts('zh', {
  leads: {
    title: '招商线索', overviewLink: '总览地图', inbox: '收件箱', status: '状态', park: '园区', allStatuses: '全部状态',
    allParks: '全部园区', overdueOnly: '只看超时未处理', more: '加载更多', pick: '请从线索列表中选择一条。',
    empty: '没有符合条件的线索。', overdue: '超时', overdueBanner: '{n} 条线索超过 {hours} 小时仍未处理',
    noOverdue: '', parcel: '地块', contact: '联系方式', message: '留言', received: '收到时间', assignedTo: '负责人',
    nobody: '未指派', handled: '首次处理', assign: '指派', moveTo: '改为', note: '备注', addNote: '添加备注',
    notePlaceholder: '联系情况、客户需求等（最多 1000 字）', lossReason: '标记为“未成交”时须在备注中说明原因',
    notes: '备注记录', history: '变更记录', noNotes: '暂无备注。', total: '合计', moreParks: '更多园区',
    switchTo: 'EN', saved: '已保存',
    statuses: { new: '新线索', contacted: '已联系', site_visit: '实地考察', closed_won: '已成交', closed_lost: '未成交' },
    actions: { lead_status: '状态变更', lead_assign: '指派', lead_note: '备注' },
    // the counts table's column heads (short, so eight columns fit the inbox), the full name as their title
    countHeads: { site_visit: '考察', closed_won: '成交', closed_lost: '未成交' },
  },
});

extendTexts('en', {
  leads: {
    title: 'Investment leads', overviewLink: 'Overview map', inbox: 'Inbox', status: 'Status', park: 'Park',
    allStatuses: 'All statuses', allParks: 'All parks', overdueOnly: 'Overdue only', more: 'Load more',
    pick: 'Pick a lead from the list.', empty: 'No leads match.', overdue: 'Overdue',
    overdueBanner: '{n} leads unanswered for more than {hours} hours', noOverdue: '', parcel: 'Parcel',
    contact: 'Contact', message: 'Message', received: 'Received', assignedTo: 'Assigned to', nobody: 'Nobody',
    handled: 'First answered', assign: 'Assign', moveTo: 'Move to', note: 'Note', addNote: 'Add note',
    notePlaceholder: 'What was said, what the investor needs (at most 1000 characters)',
    lossReason: 'Give the reason in the note when marking a lead lost', notes: 'Notes', history: 'History',
    noNotes: 'No notes yet.', total: 'Total', moreParks: 'More parks',
    switchTo: '中文', saved: 'Saved',
    statuses: { new: 'New', contacted: 'Contacted', site_visit: 'Site visit', closed_won: 'Closed – won',
      closed_lost: 'Closed – lost' },
    actions: { lead_status: 'Status', lead_assign: 'Assignment', lead_note: 'Note' },
    countHeads: { site_visit: 'Visit', closed_won: 'Won', closed_lost: 'Lost' },
  },
});

export const STATUSES = ['new', 'contacted', 'site_visit', 'closed_won', 'closed_lost'];
