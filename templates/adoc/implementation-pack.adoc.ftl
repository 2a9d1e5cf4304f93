<#import "_library.ftl" as lib>
<#assign documentName = "Implementation pack">
<#-- The whole pack in one document: every product, with a contents list and links between them. -->
<#global crossLinks = true>
= ${pack.manifest.title}
<#include "_attributes.ftl">
:toc: macro
:toclevels: 2

<#include "_cover.ftl">
toc::[]

<#include "_status.ftl">
[#about]
== About this pack

<#if pack.local.isPresent()>
<#assign aboutLocal = pack.local.get()>
This is ${aboutLocal.commissioner().name()}'s version of the national pack ${pack.manifest.shortTitle}, version ${aboutLocal.nationalVersion()}.<#if aboutLocal.summary()?has_content> The commissioner describes it as follows.</#if>

<#list aboutLocal.summary() as p>
${p}

</#list>
<#if !aboutLocal.summary()?has_content>
The commissioner gives no summary of its own. The variation report lists every difference from the national pack and the reason for it.

</#if>
[#about-national]
=== The national pack

</#if>
<#list pack.manifest.summary as p>
${p}

</#list>
<#if pack.manifest.reviewDate??>
The pack is due for review by ${longDate(pack.manifest.reviewDate)}<@lib.dateNote e=pack.manifest.reviewDateEvidence!/>.

</#if>
<#if pack.manifest.contributors?has_content>
[#contributors]
=== Contributors

[cols="2,3,2",options="header"]
|===
|Contributor |Role |Organisation
<#list pack.manifest.contributors as c>
|${c.name}
|${c.role!""}
|${c.organisation!""}
</#list>
|===

</#if>
[#changes]
=== Version history

<#list pack.manifest.changelog as entry>
.Version ${entry.version}, ${longDate(entry.date)}<@lib.dateNote e=pack.manifest.dateEvidenceOf(entry)!/>
<#list entry.changes as c>
* ${c}
</#list>

</#list>
:leveloffset: +1

[#service-specification]
= Service specification

<#include "_specification.ftl">

[page-layout=landscape]
<<<

[#kpi-schedule]
= Key performance indicators

<#include "_kpi-schedule.ftl">

[page-layout=portrait]
<<<

[#currency-and-tariff]
= Currency and tariff

<#include "_currency.ftl">

[#qualification]
= Qualification questionnaire

<#include "_qualification.ftl">

[#patient-choice]
= Patient choice information

<#include "_patient-choice.ftl">

:leveloffset: -1
