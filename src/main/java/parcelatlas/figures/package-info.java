/**
 * The figures officials are judged by, per township, per park and city-wide, as of a day:
 * 开工率, 投资完成率 against 时间进度, 竣工投产率, 亩均投资强度, demolition progress, overdue zones
 * and penalties; and the rankings (龙虎榜) of townships on them. Stored amounts outside
 * {@link parcelatlas.figures.Plausible}'s ranges do not count; a figure that would give one
 * project's tax or investment away is withheld from a viewer who may not read it
 * ({@link parcelatlas.figures.Disclosure}).
 */
package parcelatlas.figures;
