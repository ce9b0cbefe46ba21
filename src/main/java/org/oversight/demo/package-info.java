/**
 * The demo organisation: a fictional council and its NHS partner, with one post-inspection
 * improvement plan and a year of progress, loaded on first start of an embedded install so
 * that every screen has something true-to-life to show. Dates are placed relative to the day
 * of loading, so the plan is always a year into its life.
 */
package org.oversight.demo;
