from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """``path`` as a full address on the host the page was asked for (canonical links, Open Graph)."""
    request = context.get("request")
    if request is None:
        return path
    return request.build_absolute_uri(path)
