/** The small web shell: layout, home page, error pages, the clock. */
package org.oversight.web;
