<#import "_library.ftl" as lib>
= Local variations: ${pack.manifest.shortTitle}, ${pack.local.get().commissioner().name()}
<#include "_attributes.ftl">

<#include "_status.ftl">
<#assign local = pack.local.get()>
[#variations-summary]
== Summary

<#list local.summary() as p>
${p}

</#list>
<#if variations?size == 0>
${local.commissioner().name()} adopts the national pack unchanged: every product reads exactly as the national pack ${local.basePack()} version ${local.nationalVersion()}.
<#else>
${local.commissioner().name()} varies the national pack in ${variations?size} places. Each variation below gives the national value, the local value and the commissioner's reason. Everything not listed follows the national pack.

[#variations-table]
== Variations

[cols="3,2,3,3,4",options="header"]
|===
|What changes |Change |National value |Local value |Why

<#list variations as v>
|${v.target()}
|${v.operation()}
|${v.nationalValue()}
|${v.localValue()}
|${v.rationale()}

</#list>
|===
</#if>
