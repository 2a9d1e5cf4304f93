<#-- The cover of a document (a page of its own in PDF, a title block under the heading in HTML):
     publisher, programme, title, whose version it is for a local pack, the status mark, and the
     publication details. The document template assigns documentName before including it. -->
ifdef::backend-pdf[]
[.cover-publisher]
Department of Health

[.cover-programme]
Any Qualified Provider

[.cover-space]
{nbsp}

[.cover-title]
${pack.manifest.title}

[.cover-document]
${documentName}

[.cover-space]
{nbsp}

endif::[]
ifndef::backend-pdf[]
[.cover-publisher]
Department of Health, Any Qualified Provider: ${documentName?lower_case}

endif::[]
<#if pack.local.isPresent()>
<#assign coverCommissioner = pack.local.get().commissioner()>
[.cover-local]
${coverCommissioner.name()} (organisation code ${coverCommissioner.organisationCode()}): local version

[.cover-based-on]
Based on the national pack ${pack.manifest.shortTitle}, version ${pack.local.get().nationalVersion()}. The variation report gives each difference from it and the reason.

</#if>
<#if lib.statusMarks[pack.manifest.status]??>
[.cover-status-mark]
${lib.statusMarks[pack.manifest.status]}

</#if>
[cols="1h,2",options="noheader",role="cover-details",width=100%]
|===
<#if pack.local.isPresent()>
|Commissioner |${coverCommissioner.name()}
|Organisation code |${coverCommissioner.organisationCode()}
<#if pack.local.get().localVersion()??>
|Local version |${pack.local.get().localVersion()}
</#if>
<#if pack.local.get().localDate()??>
|Local version date |${longDate(pack.local.get().localDate())}
</#if>
|Based on |National pack ${pack.manifest.shortTitle}, version ${pack.local.get().nationalVersion()}<#if pack.manifest.published??>, published ${longDate(pack.manifest.published)}<@lib.dateNote e=pack.manifest.publishedEvidence!/></#if>
<#else>
|Version |${pack.manifest.version}
</#if>
|Status |${lib.label(lib.statusNames, pack.manifest.status)}
<#if !pack.local.isPresent()>
|Published |<#if pack.manifest.published??>${longDate(pack.manifest.published)}<@lib.dateNote e=pack.manifest.publishedEvidence!/><#else>Not yet published</#if>
</#if>
<#if pack.manifest.reference??>
|<#if pack.local.isPresent()>National pack reference<#else>Reference</#if> |${pack.manifest.reference} (this toolkit's reference, not a gateway reference)
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

ifdef::backend-pdf[]
<#if coverNextLayout??>
[page-layout=${coverNextLayout}]
</#if>
<<<
endif::[]
