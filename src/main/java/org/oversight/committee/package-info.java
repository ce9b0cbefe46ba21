/**
 * Committee reports in the council's template: the front sheet, the body with numbered
 * recommendations, the corporate implications each with its author, and the clearance a report
 * needs from the named legal, finance, equalities officers and the director before it is
 * published with its meeting's agenda. Built on {@code governance}'s boards and meetings, never
 * the reverse.
 */
package org.oversight.committee;
