<#-- Labels and small functions shared by every document template. Everything here returns plain
     text, which the AsciiDoc output format escapes when it is printed. -->
<#assign domainOrder = ["preventing-premature-death", "long-term-conditions", "recovery", "experience", "safety"]>
<#assign domainNames = {
  "preventing-premature-death": "Preventing people from dying prematurely",
  "long-term-conditions": "Enhancing quality of life for people with long-term conditions",
  "recovery": "Helping people to recover from episodes of ill health or following injury",
  "experience": "Ensuring that people have a positive experience of care",
  "safety": "Treating and caring for people in a safe environment and protecting them from avoidable harm"
}>
<#assign domainShortNames = {
  "preventing-premature-death": "1 Premature death",
  "long-term-conditions": "2 Long-term conditions",
  "recovery": "3 Recovery",
  "experience": "4 Patient experience",
  "safety": "5 Safety"
}>
<#assign statusNames = {"draft": "Draft", "consultation": "Consultation draft", "published": "Published", "withdrawn": "Withdrawn"}>
<#assign statusMarks = {"draft": "DRAFT", "consultation": "CONSULTATION DRAFT", "withdrawn": "WITHDRAWN"}>
<#assign frequencyNames = {"monthly": "Monthly", "quarterly": "Quarterly", "six-monthly": "Six-monthly", "annually": "Annually"}>
<#assign directionNames = {"at-least": "at least", "at-most": "at most", "exactly": "exactly"}>
<#assign unitNames = {"percent": "%", "count": "", "days": " days", "working-days": " working days", "weeks": " weeks", "score": " points", "ratio": "", "hours": " hours", "months": " months", "years": " years"}>
<#assign basisNames = {"confirmed": "confirmed", "local-example": "local example", "illustrative": "illustrative"}>
<#assign currencyUnitNames = {"pathway": "per pathway", "episode": "per episode", "contact": "per contact", "scan": "per scan", "course": "per course of treatment", "assessment": "per assessment", "item": "per item", "patient-year": "per patient per year"}>
<#assign referralSourceNames = {
  "gp": "GP", "gp-with-special-interest": "GP with a special interest", "self-referral": "The patient (self-referral)",
  "consultant": "Consultant", "extended-scope-practitioner": "Extended scope practitioner",
  "community-nurse": "Community nurse", "practice-nurse": "Practice nurse",
  "allied-health-professional": "Allied health professional", "optometrist": "Optometrist",
  "health-visitor": "Health visitor", "school-nurse": "School nurse", "social-care": "Social care",
  "other-health-professional": "Other health professional"
}>
<#assign regionNames = {
  "north-east": "North East", "north-west": "North West", "yorkshire-and-the-humber": "Yorkshire and the Humber",
  "east-midlands": "East Midlands", "west-midlands": "West Midlands", "east-of-england": "East of England",
  "london": "London", "south-east-coast": "South East Coast", "south-central": "South Central", "south-west": "South West"
}>
<#assign categoryNames = {"clinical": "Clinical", "workforce": "Workforce", "premises": "Premises", "equipment": "Equipment",
  "governance": "Governance", "information": "Information", "pathway": "Pathway"}>
<#assign responseNames = {"yes-no": "yes or no", "declaration": "signed declaration", "text": "written answer",
  "document": "document upload", "number": "number", "date": "date"}>
<#assign assessmentNames = {"pass-fail": "pass or fail", "information": "for information, not scored"}>

<#function label names key><#return names[key]!key></#function>

<#-- "At least 95%" or "At most 10 working days". -->
<#function target t>
  <#return (directionNames[t.direction]!t.direction)?cap_first + " " + t.value?c + (unitNames[t.unit]!(" " + t.unit))>
</#function>

<#-- "16 working days". -->
<#function duration d>
  <#return d.value?c + (unitNames[d.unit]!(" " + d.unit))>
</#function>

<#-- "Illustrative: Informed by ... Note." for an evidence marking; empty without one. -->
<#function evidence e>
  <#if !(e??)><#return ""></#if>
  <#local text = "Basis: " + label(basisNames, e.basis) + ".">
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
