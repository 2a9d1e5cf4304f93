package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/** The frontend's module becomes a script a page opened from disk can run. */
class ClassicScriptTest {

    @Test
    void the_exports_become_properties_of_one_global_and_the_body_runs_in_strict_mode_inside_a_function() {
        String script = ClassicScript.of("function a(){}const b=1;export{a,b as version};//# sourceMappingURL=x.map\n",
                "nhsuk-frontend.min.js");
        assertEquals("(function(){\"use strict\";\nfunction a(){}const b=1;\nwindow.NHSUKFrontend={a,version:b};\n})();\n",
                script);
    }

    @Test
    void a_module_that_imports_another_is_refused_with_the_reason() {
        ToolingException e = assertThrows(ToolingException.class,
                () -> ClassicScript.of("import{x}from\"./x.js\";export{x};", "f.js"));
        assertTrue(e.getMessage().contains("f.js imports other modules"), e.getMessage());
    }

    @Test
    void a_module_that_exports_as_it_goes_is_refused_with_the_reason() {
        ToolingException e = assertThrows(ToolingException.class,
                () -> ClassicScript.of("export function a(){}", "f.js"));
        assertTrue(e.getMessage().contains("does not end with one export{...} statement"), e.getMessage());
        assertThrows(ToolingException.class, () -> ClassicScript.of("export const a=1;function b(){}export{b};", "f.js"));
    }

    @Test
    void the_pinned_frontend_converts() {
        // the shape of nhsuk-frontend 10's minified bundle: no imports, one export list at the end
        String script = ClassicScript.of("const version=\"10.6.1\";function initAll(){}"
                + "export{initAll,version};//# sourceMappingURL=nhsuk-frontend.min.js.map", "nhsuk-frontend.min.js");
        assertTrue(script.endsWith("window.NHSUKFrontend={initAll,version};\n})();\n"), script);
    }
}
