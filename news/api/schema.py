"""
What the API's OpenAPI schema says beyond what drf-spectacular reads from the
code: every answer an operation gives (200; 304 to a conditional request; 400
for a refused parameter; 404) with its body, and the news list's parameters as
the code reads them. Each parameter follows the search page's rule
(``news.forms``): an empty value is the same as none; words and category are
never refused; a date is YYYY-MM-DD or a 400; a page that does not exist is a
404. ``scripts/api_contract.sh`` holds the server to it with Schemathesis.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import serializers

from news.search import MAX_COUNTED, MAX_QUERY_LENGTH

# An empty value, sent as ``?name=``: the same as leaving the parameter out.
EMPTY = {"type": "string", "maxLength": 0}


class NotFoundSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What was not found.")


def _messages():
    return serializers.ListField(child=serializers.CharField(), required=False, help_text="Why it was refused.")


DEFAULT_LANGUAGE = "en"


class LanguageErrorSerializer(serializers.Serializer):
    """A refused language, with why (Django REST framework's field errors)."""

    lang = _messages()


class NewsListErrorSerializer(LanguageErrorSerializer):
    """A refused parameter of the news list, with why (Django REST framework's field errors)."""

    date_from = _messages()
    date_to = _messages()
    page_size = _messages()


NOT_MODIFIED = OpenApiResponse(
    description="Not modified since the If-None-Match or If-Modified-Since of the request: no body."
)


def header(name, description, **kwargs):
    return OpenApiParameter(name, OpenApiTypes.STR, OpenApiParameter.HEADER, description=description, **kwargs)


# Conditional GET: the request's validators, and the answer's.
CONDITIONAL_GET = [
    header("If-None-Match", "The ETag of an earlier answer: unchanged, the answer is a 304 with no body."),
    header(
        "If-Modified-Since",
        "The Last-Modified of an earlier answer (an HTTP date, e.g. Tue, 01 Dec 2026 20:00:00 GMT): "
        "unchanged since then, the answer is a 304 with no body.",
    ),
    header("ETag", "The answer's validator, for If-None-Match.", response=[200, 304]),
    header(
        "Last-Modified",
        "When the answer's content last changed (an HTTP date), for If-Modified-Since.",
        response=[200, 304],
    ),
]


LANGUAGE = OpenApiParameter(
    "lang",
    {"oneOf": [{"type": "string", "enum": ["en", "ru"]}, EMPTY]},
    description=(
        "The language of the answer: en (English, the default) or ru (Russian: only items with a "
        "published Russian version, their Russian text and /ru/ addresses; a category without a "
        "Russian name gives its English one). Empty: English. Anything else is a 400."
    ),
)


def date_parameter(name, bound):
    return OpenApiParameter(
        name,
        {"oneOf": [{"type": "string", "format": "date"}, EMPTY]},
        description=(
            f"Published {bound} this date in London, written YYYY-MM-DD: any other spelling is a 400. "
            "Empty: no such bound. A date_from after date_to gives an empty list."
        ),
    )


def news_list_parameters(pagination):
    """The news list's query parameters, for ``pagination``'s page sizes."""
    return [
        LANGUAGE,
        OpenApiParameter(
            "q",
            OpenApiTypes.STR,
            description=(
                "Words to search for in the title, lead and body; results come best match first. "
                "Any text is searched, none is refused: control characters count as spaces and a query "
                f"is cut to {MAX_QUERY_LENGTH} characters at a word boundary. At most {MAX_COUNTED:,} "
                "results are counted (see count_capped). Empty: no search, newest first."
            ),
        ),
        OpenApiParameter(
            "category",
            OpenApiTypes.STR,
            description=(
                "A category's slug (see /api/v1/categories/). Any text is accepted: one that names no "
                "category gives an empty list. Empty: every category."
            ),
        ),
        date_parameter("date_from", "on or after"),
        date_parameter("date_to", "on or before"),
        OpenApiParameter(
            "page",
            {"oneOf": [{"type": "integer", "minimum": 1}, EMPTY]},
            description=(
                "A page number, 1 or more, written in digits. Empty: the first page. A page past the last "
                "(with q: past the counted matches), 0 or anything but digits is a 404."
            ),
        ),
        OpenApiParameter(
            pagination.page_size_query_param,
            {"oneOf": [{"type": "integer", "minimum": 1}, EMPTY]},
            description=(
                f"Items a page, written in digits: {pagination.page_size} when empty; at most "
                f"{pagination.max_page_size} (a larger number gives {pagination.max_page_size}). "
                "0 or anything but digits is a 400."
            ),
        ),
        *CONDITIONAL_GET,
    ]


def list_responses(serializer, *, refused=None, not_found=None):
    """A list's answers: the (paginated) list, 304, and the 400 and 404 it can give."""
    responses = {200: serializer, 304: NOT_MODIFIED}
    if refused:
        responses[400] = OpenApiResponse(refused, description="A parameter is refused: each one with why.")
    if not_found:
        responses[404] = OpenApiResponse(NotFoundSerializer, description=not_found)
    return responses


def detail_responses(serializer, not_found, *, refused=False):
    """One object's answers: it, 304, a 400 for a refused language (``refused``), or a 404."""
    responses = {
        200: serializer,
        304: NOT_MODIFIED,
        404: OpenApiResponse(NotFoundSerializer, description=not_found),
    }
    if refused:
        responses[400] = OpenApiResponse(LanguageErrorSerializer, description="The language is refused, with why.")
    return responses
