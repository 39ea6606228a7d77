/**
 * The quarterly contest (季考评 / 擂台赛): townships and parks scored on the ranked figures by one
 * rule ({@link parcelatlas.contest.ContestRule}), weights and flag counts kept in the database and
 * edited by admins ({@link parcelatlas.contest.ContestSettings}), and each published quarter stored
 * as published ({@link parcelatlas.contest.Contest}).
 */
package parcelatlas.contest;
