package dev.interviewer.web;

import dev.interviewer.AppConfig;
import dev.interviewer.Json;
import dev.interviewer.UserException;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.util.List;

/** The HTTP server: the API controllers, the page from {@code web/} and the WebJars. */
public final class WebServer {
    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Builds the Javalin app without starting it (tests start it with JavalinTest). */
    public static Javalin create(List<Controller> controllers) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            // The page ships inside the jar, so the app serves the same UI from any working folder.
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            ErrorMapping.register(config.routes);
            controllers.forEach(c -> c.register(config.routes));
        });
    }

    public static WebServer start(AppConfig config, List<Controller> controllers) {
        Javalin javalin = create(controllers);
        try {
            javalin.start(config.host(), config.port());
        } catch (JavalinBindException e) {
            throw new UserException("port " + config.port() + " on " + config.host()
                    + " is already in use; pick another with --port");
        }
        return new WebServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }
}
