<#-- Document attributes shared by every document: goes right under the title line. A document
     template that assigns documentName has a cover (_cover.ftl): in PDF the cover replaces the
     title line, and the contents list, if any, follows the cover (toc::[]). -->
:doctype: article
:lang: en-GB
:table-caption!:
:figure-caption!:
:sectanchors:
:toc-title: Contents
<#if pack.local.isPresent()>
<#assign attributesLocal = pack.local.get()>
<#if attributesLocal.localVersion()??>
:version-label: Local version
:revnumber: ${attributesLocal.localVersion()}
</#if>
<#if attributesLocal.localDate()??>
:revdate: ${longDate(attributesLocal.localDate())}
</#if>
:revremark: ${attributesLocal.commissioner().name()}'s local version, based on the national pack version ${attributesLocal.nationalVersion()}
:aqp-short-title: ${pack.manifest.shortTitle}: ${attributesLocal.commissioner().name()} (${attributesLocal.commissioner().organisationCode()})
:aqp-running-version: Local version<#if attributesLocal.localVersion()??> ${attributesLocal.localVersion()}</#if><#if attributesLocal.localDate()??>, ${longDate(attributesLocal.localDate())}</#if>, based on national version ${attributesLocal.nationalVersion()} | ${lib.label(lib.statusNames, pack.manifest.status)}
<#else>
:version-label: Version
:revnumber: ${pack.manifest.version}
<#if pack.manifest.published??>
:revdate: ${longDate(pack.manifest.published)}<@lib.dateNote e=pack.manifest.publishedEvidence!/>
</#if>
:revremark: ${lib.label(lib.statusNames, pack.manifest.status)}
:aqp-short-title: ${pack.manifest.shortTitle}
:aqp-running-version: Version ${pack.manifest.version}<#if pack.manifest.published??>, ${longDate(pack.manifest.published)}<@lib.dateNote e=pack.manifest.publishedEvidence!/></#if> | ${lib.label(lib.statusNames, pack.manifest.status)}
</#if>
:aqp-version: ${pack.manifest.version}
:aqp-status: ${lib.label(lib.statusNames, pack.manifest.status)}
<#if lib.statusMarks[pack.manifest.status]??>
:aqp-status-mark: ${lib.statusMarks[pack.manifest.status]}
</#if>
<#if pack.manifest.status == "draft" || pack.manifest.status == "consultation">
:page-background-image: image:draft-watermark.svg[fit=none,pdfwidth=100%,position=center]
</#if>
<#if documentName??>
ifdef::backend-pdf[]
:notitle:
endif::[]
</#if>
