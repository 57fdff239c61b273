/**
 * Stage 6, render: one Summary as JSON, Markdown, text, HTML, Slack, Discord, Mattermost or Teams, and the explain page. Plain Java (Jackson).
 */
package dev.precis.render;
