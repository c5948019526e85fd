package org.openpractice.contacts.internal;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.openpractice.contacts.ContactFile;
import org.openpractice.contacts.ContactFileService;
import org.openpractice.contacts.FileCategory;
import org.openpractice.contacts.FileContent;
import org.openpractice.contacts.FileDetails;
import org.openpractice.platform.rest.RestApi;
import org.openpractice.platform.validation.Errors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/contacts/{id}/files}: upload is the raw file as the body (one call per file) with its details as
 * query parameters; the body's Content-Type is ignored, the type is judged from the bytes.
 */
@Component(service = ContactFilesResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("contacts/{id}/files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactFilesResource {
    private final ContactFileService files;

    @Activate
    public ContactFilesResource(@Reference ContactFileService files) {
        this.files = files;
    }

    @GET
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public List<FileCategory> list(@PathParam("id") String id) {
        return files.files(id);
    }

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public ContactFile upload(@PathParam("id") String id, @QueryParam("name") String name,
            @QueryParam("category") String category, @QueryParam("date") String date,
            @QueryParam("description") String description, InputStream body) {
        Errors errors = new Errors();
        FileDetails details = new FileDetails(name, category, RestParams.date(errors, "date", date), description,
                null);
        errors.throwIfAny();
        return files.upload(id, details, body);
    }

    @GET
    @Path("{fileId}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public ContactFile get(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        return files.file(id, fileId);
    }

    @PUT
    @Path("{fileId}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public ContactFile update(@PathParam("id") String id, @PathParam("fileId") String fileId, FileDetails details) {
        return files.update(id, fileId, details);
    }

    @DELETE
    @Path("{fileId}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public void delete(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        files.delete(id, fileId);
    }

    /** The stored bytes as an attachment, typed as sniffed at upload; never rendered inline by the browser. */
    @GET
    @Path("{fileId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Response content(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        FileContent content = files.content(id, fileId);
        ContactFile file = content.file();
        StreamingOutput body = out -> {
            try (content) {
                content.stream().transferTo(out);
            }
        };
        return Response.ok(body, file.contentType())
                .header("Content-Disposition", contentDisposition(FileTypes.downloadName(file.name(),
                        file.contentType())))
                .header("Content-Length", file.size())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    /** An ASCII fallback name plus the exact name in RFC 5987 form. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("%", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
