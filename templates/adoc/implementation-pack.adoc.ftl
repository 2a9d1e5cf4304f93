<#import "_library.ftl" as lib>
<#-- The whole pack in one document: every product, with a contents list and links between them. -->
<#global crossLinks = true>
= ${pack.manifest.title}
<#include "_attributes.ftl">
:title-page:
:toc:
:toclevels: 2

<#include "_status.ftl">
[#about]
== About this pack

<#list pack.manifest.summary as p>
${p}

</#list>
[cols="1h,2",options="noheader"]
|===
|Version |${pack.manifest.version}
|Status |${lib.label(lib.statusNames, pack.manifest.status)}
|Published |<#if pack.manifest.published??>${longDate(pack.manifest.published)}<#else>Not yet published</#if>
<#if pack.manifest.reviewDate??>
|Review date |${longDate(pack.manifest.reviewDate)}
</#if>
<#if pack.manifest.gatewayReference??>
|Gateway reference |${pack.manifest.gatewayReference}
</#if>
<#if pack.manifest.classification??>
|Classification |${pack.manifest.classification}
</#if>
<#if pack.manifest.leadRegion??>
|Lead region |${lib.label(lib.regionNames, pack.manifest.leadRegion)}
</#if>
<#if pack.manifest.buddyRegions?has_content>
|Buddy regions |<#list pack.manifest.buddyRegions as r>${lib.label(lib.regionNames, r)}<#sep>; </#list>
</#if>
|===

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
.Version ${entry.version}, ${longDate(entry.date)}
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
