<#import "_library.ftl" as lib>
<#-- Where local versions differ: every commissioner's local version of a national pack beside it,
     figure group by figure group (a landscape table each in PDF). Receives comparison, a
     uk.nhs.aqp.core.compare.LineComparison, and pack, its national pack. -->
<#assign documentName = "Local versions compared">
<#assign coverNextLayout = "landscape">
= ${documentName}: ${pack.manifest.shortTitle}
<#include "_attributes.ftl">

<#include "_cover.ftl">
<#include "_status.ftl">
[#comparison-about]
== How to read this comparison

This document puts the local version of the ${pack.manifest.shortTitle} pack of each of ${comparison.versions?size} <#if comparison.versions?size == 1>commissioner<#else>commissioners</#if> beside the national pack version ${pack.manifest.version}, for the figures that matter: prices, age bounds, referral routes, waits and KPI targets.

* ${words.sentence("comparison", "reading.rows")}
* ${words.sentence("comparison", "reading.differs", words.label("comparison", "absent"))}
* ${words.sentence("comparison", "reading.spread")}
* *${words.label("comparison", "differs-most")}* ${words.sentence("comparison", "reading.differs-most")}

[#comparison-versions]
== Local versions

[cols="50,25,25",options="header"]
|===
|${words.label("comparison", "column.commissioner")} |${words.label("comparison", "column.figures-differing")} |${words.label("comparison", "differs-most")}
<#list comparison.versions as v>
|${v.commissionerName}
|${v.differing} of ${comparison.figures?size}
|<#if v.differsMost()>*${words.label("comparison", "differs-most")}*<#else>No</#if>
</#list>
|===
<#list ["price", "age", "referral", "wait", "target"] as g>
<#if comparison.group(g)?has_content>

[#comparison-${g}]
== ${words.label("comparison-group", g)}

<#-- one row per figure; each version's value follows the table as a list, which can run across
     pages (a table cell cannot: with a hundred versions it would be taller than a page) -->
[cols="30,16,18,12,12,12",options="header"]
|===
<#list ["figure", "national", "versions-differing", "minimum", "median", "maximum"] as column>|${words.label("comparison", "column." + column)}<#sep> </#sep></#list>
<#list comparison.group(g) as f>
|${f.label}
|${f.national.text}
|${f.differingCount()} of ${f.local?size}
<#if f.hasSpread()>
|${f.spread.minimumText}
|${f.spread.medianText}
|${f.spread.maximumText}
<#else>
3+|${words.label("comparison", "not-one-unit")}
</#if>
</#list>
|===
<#assign differing = comparison.group(g)?filter(f -> f.differingCount() gt 0)>
<#if differing?size == 0>

${words.sentence("comparison", "all-national")}
<#else>
<#list differing as f>
<#assign same = f.local?size - f.differingCount()>

.${f.label}: the local versions that differ (national: ${f.national.text})
<#list f.local as v>
<#if f.differs[v?index]>
* ${comparison.versions[v?index].commissionerName}: *${v.text}*
</#if>
</#list>
<#if same gt 0>

${words.counted("comparison", "others-national", same)}
</#if>
</#list>
<#if differing?size lt comparison.group(g)?size>

${words.sentence("comparison", "rest-national")}
</#if>
</#if>
</#if>
</#list>
