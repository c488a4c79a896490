/**
 * Reading article inputs ({@code .json}, {@code .jsonl}, {@code .txt} with front matter) into checked
 * {@link org.sarhad.article.Article} records. Readers are strict about encoding and size and report each bad
 * input unit with its file, line and reason, so the rest of a batch goes on.
 */
package org.sarhad.article;
