# Keeps a heading or a block title on the page of what follows it, in every PDF the toolkit makes.
#
# asciidoctor-pdf moves a heading to the next page only when less than heading_min_height_after
# (the theme's 60 pt) is left below it. That is not enough when the heading is followed at once by
# a subheading (the subheading moves on and leaves its parent alone) or by a table whose first row
# is taller than that (a row of the local-versions comparison lists every commissioner); and the
# title of a list or a paragraph is never checked. The theme's `auto` checks every heading by
# laying out its whole section twice, which made the PDFs 1.8 times slower; this checks only a
# heading in the lower half of a page that is followed by a heading or a table, and lays out only
# what is left of that page.
require 'asciidoctor/pdf'

module AqpKeepWithNext
  # Raised when the page ends during the trial layout: on an empty page (the heading would have
  # been alone), or after something was laid out below the heading.
  class Orphaned < ::StandardError; end
  class Kept < ::StandardError; end

  def arrange_heading node, title, opts
    super
    return if @theme.heading_min_height_after == 'auto' || (node.option? 'breakable') # checked by super
    return if scratch? || at_page_top? || cursor > bounds.height / 2
    follower = node.context == :section ? node.blocks[0] : node.next_sibling
    return unless follower && ([:section, :floating_title, :table].include? follower.context)
    orphaned = false
    doc = node.document
    dry_run single_page: true do
      push_scratch doc
      theme_font :heading, level: opts[:level] do
        ink_general_heading node, title, opts
      end
      page.tare_content_stream
      orphaned = aqp_alone_when_page_ends { node.context == :section ? (traverse node) : (convert node.next_sibling) }
    ensure
      pop_scratch doc
    end
    advance_page if orphaned
  end

  def convert_list node
    aqp_keep_title_with_first_line node
    super
  end

  def convert_paragraph node, opts = nil
    aqp_keep_title_with_first_line node
    super
  end

  private

  # True when the page fills before anything below the heading was laid out on it; stops the
  # trial layout at the end of the page either way.
  def aqp_alone_when_page_ends
    saved = state.on_page_create_callback
    state.on_page_create_callback = proc do |pdf|
      empty = pdf.state.pages[pdf.page_number - 2].empty?
      pdf.delete_current_page
      raise(empty ? Orphaned : Kept)
    end
    yield
    false
  rescue Orphaned
    true
  rescue Kept
    false
  ensure
    state.on_page_create_callback = saved
  end

  # A list's or a paragraph's title goes to the next page unless two lines fit below it.
  def aqp_keep_title_with_first_line node
    return unless node.title? && !scratch? && !at_page_top?
    category = node.context == :paragraph ? nil : :list
    title = ink_caption node, category: category, labeled: false, dry_run: true
    advance_page if cursor < title + 2 * @theme.base_font_size * @base_line_height
  end
end

Asciidoctor::PDF::Converter.prepend AqpKeepWithNext
