<#-- Labels and small functions shared by every document template. Everything here returns plain
     text, which the AsciiDoc output format escapes when it is printed. -->
<#assign domainOrder = ["preventing-premature-death", "long-term-conditions", "recovery", "experience", "safety"]>
<#-- The names of enumerated values come from the toolkit's one vocabulary (shared variable
     "words", aqp/vocabulary/labels.properties), so documents, website and console read alike. -->
<#assign domainNames = words.group("domain")>
<#assign domainShortNames = words.group("domain-short")>
<#assign statusNames = words.group("status")>
<#assign statusMarks = {"draft": "DRAFT", "consultation": "CONSULTATION DRAFT", "withdrawn": "WITHDRAWN"}>
<#assign frequencyNames = words.group("frequency")>
<#assign directionNames = words.group("direction")>
<#assign basisNames = words.lowerGroup("evidence")>
<#assign currencyUnitNames = words.lowerGroup("currency-unit")>
<#assign referralSourceNames = words.group("source")>
<#assign regionNames = words.group("region")>
<#assign categoryNames = words.group("category")>
<#assign checkNames = words.group("kind")>
<#assign figureNames = words.group("figure")>
<#assign responseNames = words.lowerGroup("response")>
<#assign assessmentNames = words.lowerGroup("assessment")>

<#function label names key><#return names[key]!key></#function>

<#-- "At least 95%" or "At most 10 working days". -->
<#function target t>
  <#return words.target(t)?cap_first>
</#function>

<#-- "16 working days". -->
<#function duration d>
  <#return words.duration(d)>
</#function>

<#-- "illustrative", "later benchmark (2016)": an evidence marking's basis, with its source year. -->
<#function basisLabel e>
  <#local text = label(basisNames, e.basis)>
  <#if e.year??><#local text = text + " (" + e.year?c + ")"></#if>
  <#return text>
</#function>

<#-- Prints " (illustrative date)" after a date whose evidence marking is not confirmed; nothing
     for a confirmed date or one without a marking. -->
<#macro dateNote e=""><#if e?is_hash && e.basis?? && e.basis != "confirmed"> (${basisLabel(e)} date)</#if></#macro>

<#-- "Illustrative: Informed by ... Note." for an evidence marking; empty without one. -->
<#function evidence e>
  <#if !(e??)><#return ""></#if>
  <#local text = "Basis: " + basisLabel(e) + ".">
  <#if e.source??><#local text = text + " Source: " + e.source></#if>
  <#if e.note??><#local text = text + " " + e.note></#if>
  <#return text>
</#function>

<#-- A reference to a publication: title, publisher, year. -->
<#function reference r>
  <#local text = r.title>
  <#if r.publisher??><#local text = text + ", " + r.publisher></#if>
  <#if r.year??><#local text = text + ", " + r.year?c></#if>
  <#return text>
</#function>

<#-- An item id, linked to its anchor when the document holds it (the full pack sets crossLinks). -->
<#macro ref kind id><#if crossLinks!false><<${anchor(kind, id)},${id}>><#else>${id}</#if></#macro>
