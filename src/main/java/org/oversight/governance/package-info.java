/**
 * Boards and committees: their members, meetings, agendas and minutes, the follow-ups their
 * resolutions ask for, their work programmes and the sign-offs that close recommendations.
 * What the public may see of any of it is decided by {@link org.oversight.governance.PublicationPolicy} alone.
 */
package org.oversight.governance;
