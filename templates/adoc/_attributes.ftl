<#-- Document attributes shared by every document: goes right under the title line. -->
:doctype: article
:lang: en-GB
:table-caption!:
:figure-caption!:
:sectanchors:
:toc-title: Contents
:version-label: Version
:revnumber: ${pack.manifest.version}
<#if pack.manifest.published??>
:revdate: ${longDate(pack.manifest.published)}
</#if>
:revremark: ${lib.label(lib.statusNames, pack.manifest.status)}
:aqp-short-title: ${pack.manifest.shortTitle}<#if pack.local.isPresent()> (${pack.local.get().commissioner().name()})</#if>
:aqp-version: ${pack.manifest.version}
:aqp-status: ${lib.label(lib.statusNames, pack.manifest.status)}
<#if lib.statusMarks[pack.manifest.status]??>
:aqp-status-mark: ${lib.statusMarks[pack.manifest.status]}
</#if>
<#if pack.manifest.status == "draft" || pack.manifest.status == "consultation">
:page-background-image: image:draft-watermark.svg[fit=none,pdfwidth=100%,position=center]
</#if>
