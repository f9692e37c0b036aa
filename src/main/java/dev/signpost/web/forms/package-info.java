/**
 * The rules of form fields as Bean Validation constraints ({@link dev.signpost.web.forms.Chars}, {@link
 * dev.signpost.web.forms.OneLine}, {@link dev.signpost.web.forms.UserName}...), each with the plain-language message a
 * person reads, and {@link dev.signpost.web.forms.FormCheck}, which turns a form record's violations into one message
 * per field. Knows no feature.
 */
package dev.signpost.web.forms;
