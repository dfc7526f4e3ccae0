/**
 * Page chrome: the exact labels (lower case, whole line) and line openings that mark a line as
 * forum, share, comment, list-heading, tag, cookie or copyright furniture rather than article
 * text. Read by src/ingest/classify-line.ts; a label listed in two groups takes the later group.
 */

export interface ChromeLabelGroup {
  /** the line role (src/ingest/classify-line.ts LineRole) */
  role: "chrome" | "profile-label" | "list-heading";
  /** Region.reason for such a line */
  reason: string;
  labels: readonly string[];
}

/** Whole-line labels, grouped by role and reason. */
export const PAGE_CHROME_LABELS: readonly ChromeLabelGroup[] = [
  {
    role: "chrome", reason: "forum-chrome", labels: [
      "what's new", "new posts", "new threads", "latest activity", "forums", "forum", "members", "log in", "login",
      "register", "sign in", "log in or register", "search", "search forums", "menu", "open menu", "close menu", "home",
      "like", "likes", "reply", "quote", "report", "bookmark", "add bookmark", "click to expand...", "click to shrink...",
      "you must log in or register to reply here.", "thread starter", "start date", "watch", "unwatch",
      "elite member", "senior member", "full member", "new recruit", "think tank analyst", "professional", "staff member",
      "moderator", "administrator", "banned", "members online", "prev", "next", "previous thread", "next thread",
      "write your reply...", "post reply", "toggle navigation", "navigation", "main menu",
    ],
  },
  {
    role: "profile-label", reason: "forum-chrome", labels: [
      "joined", "messages", "reaction score", "country", "location", "points", "trophies", "gender", "age", "website",
      "posts", "likes received", "occupation", "flag",
    ],
  },
  {
    role: "chrome", reason: "share-prompt", labels: [
      "share", "share this", "share this article", "share this story", "share this post", "share on facebook",
      "share on twitter", "share on whatsapp", "tweet", "facebook", "twitter", "x", "x (twitter)", "reddit", "whatsapp",
      "telegram", "linkedin", "pinterest", "tumblr", "vk", "email", "e-mail", "print", "link", "copy link", "copy url",
      "click to share", "click to print", "click to email", "like this", "like loading...", "loading...", "follow us",
      "subscribe", "newsletter", "sign up", "advertisement", "sponsored", "skip to content", "skip to main content",
      "back to top", "continue reading", "see more", "show more", "listen to this article", "google news",
      "accept", "accept all", "accept cookies", "reject all", "cookie policy", "cookie settings", "privacy policy",
      "terms of use", "terms of service", "contact us", "about us", "advertise", "advertise with us",
    ],
  },
  {
    role: "chrome", reason: "comment-prompt", labels: [
      "comment", "comments", "leave a comment", "post comment", "add comment", "add a comment", "no comments",
      "no comments yet", "view comments", "show comments", "click to comment", "leave a reply", "leave a reply cancel reply",
      "cancel reply", "reply cancel reply", "be the first to comment",
    ],
  },
  {
    role: "list-heading", reason: "related-links", labels: [
      "related", "related news", "related articles", "related posts", "related stories", "related content", "related topics",
      "featured", "featured stories", "featured news", "more stories", "more news", "more from", "most read", "most popular",
      "most viewed", "popular", "popular posts", "latest news", "latest stories", "latest posts", "latest", "recommended",
      "recommended for you", "you may also like", "you might also like", "top stories", "trending", "trending now",
      "editor's picks", "also read", "see also", "read also", "read more", "more on this", "in other news", "recent posts",
      "similar threads", "similar posts",
    ],
  },
  {
    role: "list-heading", reason: "tags", labels: [
      "tags", "topics", "keywords", "categories", "filed under",
    ],
  },
];

/** Line openings (lower case) and the Region.reason of a line that starts so. */
export const PAGE_CHROME_PREFIXES: readonly (readonly [string, string])[] = [
  ["reactions:", "forum-chrome"],
  ["your email address will not be published", "comment-prompt"],
  ["required fields are marked", "comment-prompt"],
  ["you must log in", "forum-chrome"],
  ["published in:", "page-meta"],
  ["filed under", "tags"],
  ["posted in ", "tags"],
  ["tags:", "tags"],
  ["topics:", "tags"],
  ["keywords:", "tags"],
  ["categories:", "tags"],
  ["category:", "tags"],
  ["share:", "share-prompt"],
  ["share this:", "share-prompt"],
  ["copyright ©", "copyright"],
  ["copyright (c)", "copyright"],
  ["©", "copyright"],
  ["all rights reserved", "copyright"],
  ["this entry was posted", "tags"],
  ["sign up for", "share-prompt"],
  ["subscribe to", "share-prompt"],
  ["follow us on", "share-prompt"],
  ["click here to", "share-prompt"],
  ["thread starter ", "forum-chrome"],
  ["start date ", "forum-chrome"],
  ["we use cookies", "cookie-notice"],
  ["this website uses cookies", "cookie-notice"],
  ["this site uses cookies", "cookie-notice"],
  ["by continuing to use", "cookie-notice"],
  ["get the latest", "share-prompt"],
];
