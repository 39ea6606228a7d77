package parcelatlas.demo;

import java.time.YearMonth;

/** Investment completed by a project in one month (not cumulative), in 万元. */
record ProjectInvestment(String projectCode, YearMonth month, double completedWan) {}
