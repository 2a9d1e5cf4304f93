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

* Each table gives a row per figure: the national value, how many local versions differ from it, and the spread. After the table, each figure lists the local versions that differ from the national value; the versions not listed have the national value.
* A local value differs when it reads differently from the national value. A figure a version does not have reads "${words.label("comparison", "absent")}" and differs too.
* The spread (minimum, median, maximum) is over the local versions whose value is a number in one unit. The median of an even number of values is the mean of the middle two; a price is rounded half up to the penny.
* *Differs most* marks the commissioners whose versions set the most figures differently from the national pack (a count of figures, each figure counting once). None is marked when no version differs.

[#comparison-versions]
== Local versions

[cols="50,25,25",options="header"]
|===
|Commissioner |Figures that differ |Differs most
<#list comparison.versions as v>
|${v.commissionerName}
|${v.differing} of ${comparison.figures?size}
|<#if v.differsMost()>*Differs most*<#else>No</#if>
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
|Figure |National |Versions that differ |Minimum |Median |Maximum
<#list comparison.group(g) as f>
|${f.label}
|${f.national.text}
|${f.differingCount()} of ${f.local?size}
<#if f.hasSpread()>
|${f.spread.minimumText}
|${f.spread.medianText}
|${f.spread.maximumText}
<#else>
3+|Not a number in one unit
</#if>
</#list>
|===
<#assign differing = comparison.group(g)?filter(f -> f.differingCount() gt 0)>
<#if differing?size == 0>

Every local version has the national value of each figure in this table.
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

The other ${same} local <#if same == 1>version has<#else>versions have</#if> the national value.
</#if>
</#list>
<#if differing?size lt comparison.group(g)?size>

Every local version has the national value of the other figures in this table.
</#if>
</#if>
</#if>
</#list>
