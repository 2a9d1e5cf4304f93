package uk.nhs.aqp.core.register;

import uk.nhs.aqp.core.diagnostic.DiagnosticSink;

/** One rule of the programme register, over one commissioner in the context of all. */
interface RegisterRule {

    void check(Register.Entry entry, Register register, DiagnosticSink sink);
}
