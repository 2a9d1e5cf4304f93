<#-- A note at the top of every document of a local pack: whose version it is and what it is based on. -->
<#if pack.local.isPresent()>
<#assign localNote = pack.local.get()>
[NOTE.local-banner]
.Local version
====
This is ${localNote.commissioner().name()}'s version of the national pack ${pack.manifest.shortTitle}, version ${localNote.nationalVersion()}. The variation report lists every difference from the national pack and the reason for it.
====

</#if>
