<#import "_library.ftl" as lib>
<#import "_variation.ftl" as show>
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
${local.commissioner().name()} varies the national pack in ${variations?size} places. Each variation below gives the national value, the local value and the commissioner's reason, by product in the order of the pack. In changed text, words struck through are the national wording and underlined words are the local wording. Everything not listed follows the national pack.
<#if local.member()>
<#assign fromArrangement = variations?filter(v -> v.fromArrangement())?size>

${local.commissioner().name()} is a member of a joint arrangement led by ${local.joint().leadName()} (arrangement version ${local.joint().version()}): ${fromArrangement} of the variations come from the arrangement, which every member adopts, and ${variations?size - fromArrangement} <#if variations?size - fromArrangement == 1>is<#else>are</#if> ${local.commissioner().name()}'s own. Each variation says which. For an own change, the value before it is the arrangement's.
</#if>

<@show.markAttributes/>

[#variations-table]
== Variations
<#assign product = "">
<#list variations as v>
<#if v.product() != product>
<#assign product = v.product()>

=== ${product}
</#if>

[#variation-${v?counter}]
==== ${v.operation()}: <@show.subject v.subject()/>
<#assign before = (local.member() && !v.fromArrangement())?then("Arrangement value", "National value")>
<#if local.member()>

*${v.layer()}*
</#if>

<#if v.operationKey() == "set" && show.length(v.national()) + show.length(v.local()) <= 1800>
[cols="1,1",options="header"]
|===
|${before} |Local value

a|
<@show.block v.national() "None: added by the commissioner"/>
a|
<@show.block v.local() "None: removed by the commissioner"/>
|===
<#else>
<#-- a whole item, or long text: one value under the other, so no table cell outgrows a PDF page -->
[.variation-value]
*${before}*

<@show.block v.national() "None: added by the commissioner"/>

[.variation-value]
*Local value*

<@show.block v.local() "None: removed by the commissioner"/>
</#if>

*Why:* ${v.rationale()}

[.small]#Reference: ${v.target()}, ${v.location()}#
</#list>
</#if>
