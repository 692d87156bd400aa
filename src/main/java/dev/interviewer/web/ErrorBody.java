package dev.interviewer.web;

/** The body of every error response. */
public record ErrorBody(String error) {
}
