/**
 * The small web shell: the page layout, the home page, error pages, the clock and the
 * static assets (our own styles and GOV.UK Frontend's fonts and images).
 */
package org.oversight.web;
