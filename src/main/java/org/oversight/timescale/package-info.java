/**
 * Reading officers' timescale phrases into structured {@link org.oversight.timescale.Timescale}s.
 *
 * <p>Public API: {@link org.oversight.timescale.TimescaleReader}, {@link org.oversight.timescale.DateReader},
 * {@link org.oversight.timescale.Timescale}, {@link org.oversight.timescale.TimescaleKind},
 * {@link org.oversight.timescale.TimescaleWarning} and {@link org.oversight.timescale.TimescaleWarningCode}.
 * Everything else is package-private.
 *
 * <p>Decisions for unclear cases (the reader never guesses; what it cannot settle is UNKNOWN):
 * <ul>
 *   <li>A month without a day is its last day; a year alone ends 31 December; "2009/10" is a
 *       financial year ending 31 March 2010; a quarter ("Q3 2009/10") is a financial quarter, Q1
 *       being April to June. A quarter with a single year ("Q3 2009") is flagged.</li>
 *   <li>A month, day or season without a year is read only when exactly one occurrence of it ends
 *       within a known plan period ("September" in a June 2009 to June 2010 plan); otherwise flagged.</li>
 *   <li>Two-digit years are 20YY when within two years of the plan, after an apostrophe, or where
 *       only a year can stand ("31.3.10", "3 May 12", "Jun-10"). "May 09" with no plan, or
 *       "April 18" in a 2009 plan, could be a day or a year and is flagged.</li>
 *   <li>Numeric dates are day first; figures that are no valid UK date ("03/31/2010") are flagged.</li>
 *   <li>Seasons end: spring 31 May, summer 31 August, autumn 30 November, winter end of February
 *       ("winter 2012" runs December 2012 to February 2013). Terms end: autumn 31 December, spring
 *       31 March, summer 31 July.</li>
 *   <li>"early" is the 10th, "mid" the 15th, "end of"/"late" the last day, "before X" the day before
 *       X begins, "w/c" a date gives that week (due six days later).</li>
 *   <li>"termly" is every four months (P4M), "half-termly" every two months, "bi-monthly" every two
 *       months, "bi-annual" every six months; "twice a month" or "twice weekly" are not whole-day or
 *       whole-month intervals and are flagged.</li>
 *   <li>"TBC"/"to be confirmed" sets no timescale, so alone it is UNKNOWN with MISSING_TIMESCALE; with a
 *       readable date the date stands and "TBC" stays in the note. "To be advised"/"TBA" are EXTERNAL.</li>
 *   <li>With several deadlines the latest is due and the others stay in the note; a date after
 *       "review" is a review point only when no deadline comes before it.</li>
 *   <li>Completed timescales are not warned about being outside the plan period.</li>
 * </ul>
 */
package org.oversight.timescale;
