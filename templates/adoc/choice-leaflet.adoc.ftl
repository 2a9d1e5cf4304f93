<#import "_library.ftl" as lib>
<#-- A patient's leaflet: the providers a commissioner has qualified for one service line, what each
     offers, and how to be referred (the choice directory's page, on paper). Receives directory, a
     uk.nhs.aqp.core.directory.ChoiceDirectory, and pack, the commissioner's local pack. -->
<#assign d = directory>
<#assign documentName = "Choosing where to go">
= ${documentName}: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">

<#-- A patient's cover, not the commissioners' (no version table): who offers the choice, and what
     the leaflet is for. -->
ifdef::backend-pdf[]
[.cover-publisher]
${d.commissionerName}

[.cover-programme]
A leaflet for patients

[.cover-space]
{nbsp}

[.cover-title]
${documentName}: ${pack.manifest.shortTitle}

[.cover-document]
The services you can choose from, and how to be referred

[.cover-space]
{nbsp}

endif::[]
ifndef::backend-pdf[]
[.cover-publisher]
${d.commissionerName}: a leaflet for patients

endif::[]
<#if packPage??>
ifdef::backend-html5[]
[.aqp-site-header]
Any Qualified Provider: ${pack.manifest.shortTitle}, ${d.commissionerName} +
link:${packPage}[Back to the pack page]

endif::[]
</#if>
<#if d.illustrative>
[IMPORTANT.illustrative-banner]
.Example only
====
The services in this leaflet are invented, to show how a choice leaflet works. They are not real services and you cannot be referred to them.
====

</#if>
[#leaflet-choice]
== Your choice

<#assign n = d.choices?size>
<#if n == 0>
No service has qualified yet for ${d.commissionerName}. Ask your GP what is available to you now.
<#else>
<#if n == 1>One service has<#else>${n} services have</#if> met the NHS standards set by ${d.commissionerName} and <#if n == 1>is<#else>are</#if> paid the same NHS price. <#if n == 1>You can choose it.<#else>You can choose any of them.</#if>
</#if>

[#leaflet-referral]
== How to be referred

<#list d.referral as p>
${p}

</#list>
<#if n gt 0>
[#leaflet-compare]
== What each service offers

[cols="<#list 0..n as i>1<#sep>,</#list>",options="header"]
|===
|Question<#list d.choices as s> |${s.name}</#list>
<#list d.rows as r>

|*${r.question}*
<#list d.choices as s>
|${s.facts[r?index]}
</#list>
</#list>
|===

<#list d.choices as s>
* *${s.name}*: ${s.sector}, qualified since ${longDate(s.qualifiedOn)}.
</#list>

<#if d.rows?filter(r -> r.whyItMatters?has_content)?has_content>
[#leaflet-why]
== Why these questions matter

<#list d.rows as r><#if r.whyItMatters?has_content>
* *${r.question}* ${r.whyItMatters}
</#if></#list>
</#if>
</#if>

[#leaflet-about]
== About this leaflet

It lists the services ${d.commissionerName} has qualified under Any Qualified Provider; a service that is suspended or has withdrawn is not in it. What each service offers is what it said in its application to qualify.
