package dev.interviewer.web;

import io.javalin.config.RoutesConfig;

/** A group of HTTP routes; controllers do HTTP only and delegate to plain services. */
public interface Controller {
    void register(RoutesConfig routes);
}
