package parcelatlas.demo;

import java.time.YearMonth;

/** Tax paid by a project's enterprise in one month (not cumulative), in 万元. */
record ProjectTax(String projectCode, YearMonth month, double paidWan) {}
