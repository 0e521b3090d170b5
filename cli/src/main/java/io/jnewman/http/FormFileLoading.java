package io.jnewman.http;

import io.jnewman.model.Body;
import io.jnewman.model.FormParam;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * postman-runtime's file-loading step for form-data bodies, which runs before the request is built and changes the
 * request that reports and test scripts then see:
 * <ul>
 *   <li>a file field with one path (src a string) that cannot be read is disabled, so it is not sent;</li>
 *   <li>a file field with several paths (src an array) becomes one field per readable path; unreadable paths are
 *       dropped, and the field is gone when none can be read;</li>
 *   <li>a file field with no path at all stays, and goes out as an empty part.</li>
 * </ul>
 * Each failure is a console warning ("Form param `key`, file load error: …"). A body whose fields all end up
 * disabled is not sent at all.
 */
final class FormFileLoading {
    private FormFileLoading() {
    }

    static Body apply(Body body, SecureFiles files, Consumer<String> warn) {
        if (body == null || body.disabled() || !"formdata".equals(body.mode()) || body.formdata().isEmpty()) return body;
        List<FormParam> out = new ArrayList<>();
        boolean changed = false;
        for (FormParam p : body.formdata()) {
            if (!p.isFile() || p.disabled() || (p.src().isEmpty() && p.value() != null && !p.value().isEmpty())) {
                out.add(p);
            } else if (p.src().isEmpty() || (!p.srcArray() && p.src().get(0).isEmpty())) {
                // (a string src is one path; a list read from anywhere else counts as an array)
                warn.accept(loadError(p, "missing file source"));
                out.add(p);
            } else if (!p.srcArray() && p.src().size() == 1) {
                String failure = failure(files, p.src().get(0));
                if (failure == null) {
                    out.add(p);
                } else {
                    warn.accept(loadError(p, failure));
                    out.add(p.asDisabled());
                    changed = true;
                }
            } else {
                for (String src : p.src()) {
                    String failure = failure(files, src);
                    if (failure == null) out.add(p.withSource(src));
                    else warn.accept(loadError(p, failure));
                }
                changed = true;
            }
        }
        return changed ? body.withFormdata(out) : body;
    }

    private static String failure(SecureFiles files, String src) {
        try {
            files.check(src);
            return null;
        } catch (SecureFiles.FileLoadException e) {
            return e.getMessage();
        }
    }

    /** The runtime's warning for a form field whose file cannot be used; BodyEncoder gives it too. */
    static String loadError(FormParam p, String message) {
        return "Form param `" + p.key() + "`, file load error: " + message;
    }
}
