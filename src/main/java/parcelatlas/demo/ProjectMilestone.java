package parcelatlas.demo;

import java.time.LocalDate;

/**
 * A milestone (时间节点) of a project: {@code seq} counts from 1 in the project's own order;
 * {@code actual} is null while the milestone has not been reached.
 */
record ProjectMilestone(String projectCode, int seq, String name, LocalDate planned,
    LocalDate actual) {}
