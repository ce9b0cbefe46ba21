/**
 * The shell around every feature: the page layout, the home page, error pages and the
 * static assets (our own styles and GOV.UK Frontend's fonts and images).
 */
package org.oversight.web;
