package dev.signpost.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A resource of the tests only: logs a line on its worker thread, and one in its exception mapper. */
@Path("/test-only/request-id")
public class RequestIdProbe {

    static final Logger LOG = Logger.getLogger("dev.signpost.test.requestid");

    static class ProbeFailure extends RuntimeException {
        ProbeFailure(String message) {
            super(message);
        }
    }

    @GET
    public String probe(@QueryParam("fail") boolean fail) {
        LOG.infof("probe on %s", Thread.currentThread().getName());
        if (fail) {
            throw new ProbeFailure("probe failed on purpose");
        }
        return "ok";
    }

    @ServerExceptionMapper
    public Response failed(ProbeFailure e) {
        LOG.infof("mapped: %s", e.getMessage());
        return Response.status(409).entity("refused").build();
    }
}
